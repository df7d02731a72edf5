package dev.onecli4j.error;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status that is not a success. The message is one line: status,
 * error type, the server's message, the request id, and the field errors.
 */
public class ApiException extends OneCliException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED_FIELD_ERRORS = 10;
  private static final int MAX_MESSAGE_CHARS = 500;

  /** The HTTP status. */
  private final int status;
  /** The server's machine-readable error type, or null. */
  private final String errorType;
  /** The server's message (redacted), or null. */
  private final String errorMessage;
  /** The field-level problems the server reported. */
  private final List<FieldError> fieldErrors;
  /** The response headers. */
  private final Map<String, List<String>> headers;
  /** The server's request id, or null. */
  private final String requestId;
  /** The start of the error body (redacted). */
  private final String bodyExcerpt;

  /**
   * Creates the exception for an answer with {@code status}, its response {@code headers} and its
   * parsed {@code body}; null arguments are tolerated.
   *
   * @param status the HTTP status of the answer
   * @param headers the response headers
   * @param body the parsed error body
   */
  public ApiException(int status, Map<String, List<String>> headers, ErrorBody body) {
    this(status, body == null ? new ErrorBody(null, null, null, null) : body, ResponseHeaders.copy(headers));
  }

  private ApiException(int status, ErrorBody body, Map<String, List<String>> headers) {
    this(status, body, headers, ResponseHeaders.requestId(headers));
  }

  private ApiException(int status, ErrorBody body, Map<String, List<String>> headers, String requestId) {
    super(describe(status, body, requestId));
    this.status = status;
    this.errorType = body.type();
    this.errorMessage = body.message();
    this.fieldErrors = body.fieldErrors();
    this.headers = headers;
    this.requestId = requestId;
    this.bodyExcerpt = body.excerpt();
  }

  private static String describe(int status, ErrorBody body, String requestId) {
    StringBuilder sb = new StringBuilder(64).append(status);
    try {
      String type = Texts.blankToNull(Texts.oneLine(body.type()));
      if (type != null) {
        sb.append(' ').append(Texts.cap(type, 200));
      }
      String message = Texts.blankToNull(Texts.oneLine(body.message()));
      sb.append(": ").append(message == null ? ApiExceptions.reasonPhrase(status) : Texts.cap(message, MAX_MESSAGE_CHARS));
      if (requestId != null) {
        sb.append(" (request id ").append(requestId).append(')');
      }
      appendFieldErrors(sb, body.fieldErrors());
    } catch (RuntimeException e) {
      // Keep what was built; an exception must always be constructible.
    }
    try {
      // Parts that are harmless alone (the pieces of a dotted location) may join into a secret.
      return body.mask(sb.toString());
    } catch (RuntimeException e) {
      return sb.toString();
    }
  }

  private static void appendFieldErrors(StringBuilder sb, List<FieldError> errors) {
    int listed = Math.min(errors.size(), MAX_LISTED_FIELD_ERRORS);
    for (int i = 0; i < listed; i++) {
      FieldError error = errors.get(i);
      String field = Texts.oneLine(error.field());
      sb.append("; ");
      if (!field.isEmpty()) {
        sb.append(Texts.cap(field, 200)).append(": ");
      }
      sb.append(Texts.cap(Texts.oneLine(error.msg()), MAX_MESSAGE_CHARS));
    }
    if (errors.size() > listed) {
      sb.append("; and ").append(errors.size() - listed).append(" more");
    }
  }

  /** {@return the HTTP status of the answer} */
  public int status() {
    return status;
  }

  /** {@return the server's machine-readable error type, or {@code null}} */
  public @Nullable String errorType() {
    return errorType;
  }

  /** {@return the server's human message (redacted), or {@code null}} */
  public @Nullable String errorMessage() {
    return errorMessage;
  }

  /** {@return field-level problems the server reported; never null} */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** {@return the response headers, unmodifiable, looked up without regard to case} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the server's request id from {@code X-Request-Id} or {@code Request-Id}, or {@code
   * null}}
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /** {@return a bounded, redacted excerpt of the response body; never null} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
