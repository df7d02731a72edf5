package dev.onecli4j.error;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One field-level problem reported by the server: where ({@code loc}), what ({@code msg}), and its machine type. */
public final class FieldError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the problem is: field names and list indexes. */
  private final List<Object> loc;
  /** The server's message. */
  private final String msg;
  /** The server's error type, or null. */
  private final String type;

  /**
   * Creates a field error. Null elements of {@code loc} are dropped, integral numbers that fit an
   * {@code int} are kept as {@link Integer}, anything else becomes its string form; a null
   * {@code msg} becomes empty.
   *
   * @param loc where the problem is: field names and list indexes, outermost first
   * @param msg the server's message
   * @param type the server's error type, or {@code null}
   */
  public FieldError(List<?> loc, String msg, String type) {
    this.loc = normalize(loc);
    this.msg = msg == null ? "" : msg;
    this.type = type;
  }

  private static List<Object> normalize(List<?> loc) {
    if (loc == null || loc.isEmpty()) {
      return Collections.emptyList();
    }
    List<Object> parts = new ArrayList<>(loc.size());
    for (Object part : loc) {
      if (part == null) {
        continue;
      }
      if (part instanceof Integer || part instanceof String) {
        parts.add(part);
      } else if (isIntegral(part) && ((Number) part).longValue() == ((Number) part).intValue()) {
        parts.add(((Number) part).intValue());
      } else {
        parts.add(String.valueOf(part));
      }
    }
    return Collections.unmodifiableList(parts);
  }

  private static boolean isIntegral(Object part) {
    return part instanceof Long || part instanceof Short || part instanceof Byte;
  }

  /**
   * {@return where the problem is: path parts, each a {@link String} or an {@link Integer}; never
   * null}
   */
  public List<Object> loc() {
    return loc;
  }

  /** {@return the server's human message; never null} */
  public String msg() {
    return msg;
  }

  /** {@return the server's machine-readable type, or {@code null}} */
  public @Nullable String type() {
    return type;
  }

  /**
   * {@return the location joined with {@code '.'}, without a leading {@code body} part; empty if
   * none}
   */
  public String field() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < loc.size(); i++) {
      if (i == 0 && "body".equals(loc.get(0))) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(loc.get(i));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError other = (FieldError) o;
    return loc.equals(other.loc) && msg.equals(other.msg) && Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loc, msg, type);
  }

  @Override
  public String toString() {
    return "FieldError{loc=" + loc + ", msg=" + msg + ", type=" + type + "}";
  }
}
