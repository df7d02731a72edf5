package dev.onecli4j.param;

import java.util.Objects;

/**
 * A secret value in transit: {@link #toString()} never shows it, so params, logs and exception
 * messages that print a params object cannot leak it.
 */
public final class SecretValue {
  private final String value;

  private SecretValue(String value) {
    this.value = value;
  }

  /**
   * Wraps {@code value}.
   *
   * @param value the secret
   * @return the new secret value
   */
  public static SecretValue of(String value) {
    return new SecretValue(Objects.requireNonNull(value, "value"));
  }

  /** {@return the value itself; call only to send or store it} */
  public String reveal() {
    return value;
  }

  /** {@return the number of characters of the value} */
  public int length() {
    return value.length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretValue && ((SecretValue) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@code ****}. */
  @Override
  public String toString() {
    return "****";
  }
}
