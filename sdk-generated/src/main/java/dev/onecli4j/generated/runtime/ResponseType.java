package dev.onecli4j.generated.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * The Java type an operation's success body is read into.
 *
 * @param <T> the result type
 */
public final class ResponseType<T> {
  private static final ResponseType<Void> NONE = new ResponseType<>(Void.class, true, false);

  private final Type type;
  private final boolean empty;
  private final boolean nullable;

  private ResponseType(Type type, boolean empty, boolean nullable) {
    this.type = type;
    this.empty = empty;
    this.nullable = nullable;
  }

  /**
   * A response type for the given Jackson type reference.
   *
   * @param <T> the Java type of the body
   * @param reference the Jackson type reference of the body
   * @return a response type for the given Jackson type reference
   */
  public static <T> ResponseType<T> of(TypeReference<T> reference) {
    return new ResponseType<>(Objects.requireNonNull(reference, "reference").getType(), false, false);
  }

  /**
   * A response type for a plain class.
   *
   * @param <T> the Java type of the body
   * @param type the class of the body
   * @return a response type for a plain class
   */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<>(Objects.requireNonNull(type, "type"), false, false);
  }

  /**
   * A response type for a plain class whose answer may be JSON {@code null} (read as {@code null}).
   *
   * @param <T> the body type
   * @param type the class of the body
   * @return a response type for a plain class that may answer {@code null}
   */
  public static <T> ResponseType<T> ofNullable(Class<T> type) {
    return new ResponseType<>(Objects.requireNonNull(type, "type"), false, true);
  }

  /** {@return the response type of operations that answer with no body (204, 302)} */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /** {@return the reflected Java type} */
  public Type type() {
    return type;
  }

  /** {@return whether the success answer carries no body to read} */
  public boolean isEmpty() {
    return empty;
  }

  /** {@return whether a JSON {@code null} is a valid answer} */
  public boolean isNullable() {
    return nullable;
  }

  @Override
  public String toString() {
    return "ResponseType{" + type.getTypeName() + "}";
  }
}
