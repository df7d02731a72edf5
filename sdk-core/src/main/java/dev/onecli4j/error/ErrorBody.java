package dev.onecli4j.error;

import dev.onecli4j.internal.text.KnownSecrets;
import dev.onecli4j.internal.text.Redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What could be read from the body of an error answer; every text in it is already redacted. */
public final class ErrorBody {
  private final String type;
  private final String message;
  private final List<FieldError> fieldErrors;
  private final String excerpt;
  /** The credentials to mask in whatever is assembled from this body; null if none are known. */
  private final transient KnownSecrets secrets;

  /**
   * Creates a parse result; a null {@code fieldErrors} becomes empty, a null {@code excerpt} becomes {@code ""}.
   *
   * @param type the server's machine-readable error type, or {@code null}
   * @param message the human message
   * @param fieldErrors the field-level problems; {@code null} becomes empty
   * @param excerpt the start of the body (redacted); {@code null} becomes empty
   */
  public ErrorBody(String type, String message, List<FieldError> fieldErrors, String excerpt) {
    this(type, message, copy(fieldErrors), excerpt == null ? "" : excerpt, null);
  }

  private ErrorBody(String type, String message, List<FieldError> fieldErrors, String excerpt, KnownSecrets secrets) {
    this.type = type;
    this.message = message;
    this.fieldErrors = fieldErrors;
    this.excerpt = excerpt;
    this.secrets = secrets;
  }

  /** This body, with {@code secrets} to mask in what is assembled from it. */
  ErrorBody maskedBy(KnownSecrets secrets) {
    return new ErrorBody(type, message, fieldErrors, excerpt, secrets);
  }

  /** {@code text} assembled from this body (an exception message) with the known credentials masked. */
  String mask(String text) {
    return secrets == null ? text : Redaction.scrubPatterns(secrets.scrub(text));
  }

  private static List<FieldError> copy(List<FieldError> fieldErrors) {
    if (fieldErrors == null || fieldErrors.isEmpty()) {
      return Collections.emptyList();
    }
    List<FieldError> copy = new ArrayList<>(fieldErrors.size());
    for (FieldError error : fieldErrors) {
      if (error != null) {
        copy.add(error);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  /** {@return the server's machine-readable error type, or {@code null}} */
  public @Nullable String type() {
    return type;
  }

  /** {@return the human message; the parser always sets one} */
  public String message() {
    return message;
  }

  /** {@return field-level problems; never null} */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** {@return a bounded, redacted excerpt of the body; never null} */
  public String excerpt() {
    return excerpt;
  }

  @Override
  public String toString() {
    return "ErrorBody{type=" + type + ", message=" + message + ", fieldErrors=" + fieldErrors + "}";
  }
}
