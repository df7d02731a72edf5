package dev.onecli4j.generated.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The base of the readers the generated models carry ({@code Model.JsonReader}): a model's JSON
 * object read in one pass over its fields, straight into the model's constructor — no builder,
 * no reflective call per field, no map for unknown fields until one appears. Each field's value
 * is read by the deserializer Jackson would use for the field's declared type (looked up on first
 * use), so coercions and errors are Jackson's; strings and open enums given as JSON strings are
 * read directly, and a date-time in the form {@link IsoDateTimes} accepts is kept as its text and
 * parsed when first asked for.
 *
 * <p>Fields are numbered from 1 in the order given to the constructor. A reader remembers which
 * field followed which in the objects it read, and first tries the name it expects next against
 * the parser's input in place ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}),
 * which skips looking the name up when servers write fields in a steady order; any order is read
 * the same way. Thread-safe.
 *
 * @param <T> the model
 */
public abstract class ModelReader<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The Java names of the model's fields, by position. */
  private final String[] fields;
  /** The JSON names of the model's fields, by position (index 0 is position 1), quoted for matching in place. */
  private final SerializedString[] names;
  /** Each field's position by its JSON name. */
  private final Map<String, Integer> positions;
  /**
   * For the object's start (index 0) and each position, the position of the field expected next:
   * at first the next one, then whichever came next the last time the guess was wrong (0: the
   * object's end). Only a guess: any value reads correctly, so threads share it without locking.
   */
  private final int[] following;
  /** Each field's deserializer, looked up on first use; the last slot is the untyped one. */
  private final AtomicReferenceArray<JsonDeserializer<Object>> deserializers;
  /** The deserializer of unknown fields' values, looked up on first use. */
  private volatile JsonDeserializer<Object> untyped;

  /**
   * A reader of {@code model} whose fields have the same names in JSON and in Java.
   *
   * @param model the model class
   * @param fields the names of the model's fields, in the order the reader's positions use
   */
  protected ModelReader(Class<T> model, String... fields) {
    this(model, fields, fields);
  }

  /**
   * A reader of {@code model}, whose JSON fields {@code names} are held in the Java fields named
   * {@code fields}.
   *
   * @param model the model class
   * @param fields the Java names of the model's fields, in the order the reader's positions use
   * @param names the JSON names of the same fields, in the same order
   */
  protected ModelReader(Class<T> model, String[] fields, String[] names) {
    super(model);
    if (fields.length != names.length) {
      throw new IllegalArgumentException(fields.length + " fields but " + names.length + " names");
    }
    this.fields = fields.clone();
    this.names = new SerializedString[names.length];
    this.positions = new HashMap<>(names.length * 2);
    this.following = new int[names.length + 1];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = new SerializedString(names[i]);
      this.positions.put(names[i], i + 1);
      this.following[i] = i + 1;
    }
    this.deserializers = new AtomicReferenceArray<>(fields.length + 1);
  }

  /**
   * The position of the first field of the object at the parser, or 0 when it is empty; -1 for a
   * field the model does not have. Afterwards the parser is at the field's name. Call only when
   * {@link #isObject} holds.
   *
   * @param p the parser
   * @return the position of the first field of the object at the parser, or 0 when it is empty;
   *     -1 for a field the model does not have
   * @throws IOException if the parser fails
   */
  protected final int firstPosition(JsonParser p) throws IOException {
    if (p.isExpectedStartObjectToken()) {
      return nextPosition(p, 0);
    }
    return p.hasToken(JsonToken.FIELD_NAME) ? position(p.currentName()) : 0;
  }

  /**
   * The position of the next field of the object being read, or 0 at its end; -1 for a field the
   * model does not have. Afterwards the parser is at the field's name (or the object's end).
   *
   * @param p the parser, after the previous field's value
   * @param previous the position of the previous field, as this method or {@link #firstPosition}
   *     returned it
   * @return the position of the next field of the object being read, or 0 at its end; -1 for a
   *     field the model does not have
   * @throws IOException if the parser fails
   */
  protected final int nextPosition(JsonParser p, int previous) throws IOException {
    int expected = previous < 0 ? 0 : following[previous];
    int actual;
    if (expected > 0) {
      if (p.nextFieldName(names[expected - 1])) {
        return expected;
      }
      actual = p.hasToken(JsonToken.FIELD_NAME) ? position(p.currentName()) : 0;
    } else {
      String name = p.nextFieldName();
      actual = name == null ? 0 : position(name);
    }
    if (previous >= 0 && actual >= 0 && actual != expected) {
      following[previous] = actual;
    }
    return actual;
  }

  private int position(String name) {
    Integer position = positions.get(name);
    return position == null ? -1 : position;
  }

  /**
   * The name of the first field of the object at the parser, or {@code null} when it is empty.
   * Call only when {@link #isObject} holds. For readers of models whose fields come in an order
   * that depends on the kind of value ({@code Injection}: a header's fields or a query
   * parameter's), where guessing the next field from the last object read guesses wrong; the
   * generated readers use {@link #firstPosition}.
   *
   * @param p the parser
   * @return the name of the first field of the object at the parser, or {@code null} when it is
   *     empty
   * @throws IOException if the parser or a field's deserializer fails
   */
  protected static String firstField(JsonParser p) throws IOException {
    return p.isExpectedStartObjectToken() ? p.nextFieldName() : p.hasToken(JsonToken.FIELD_NAME) ? p.currentName() : null;
  }

  /**
   * Whether the parser is at an object: its start, a field of it, or its end.
   *
   * @param p the parser
   * @return whether the parser is at an object: its start, a field of it, or its end
   */
  protected static boolean isObject(JsonParser p) {
    return p.isExpectedStartObjectToken() || p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT);
  }

  /**
   * A value that is not an object: read as Jackson reads a bean from it (an array may wrap one).
   *
   * @param p the parser
   * @param ctxt the deserialization context
   * @return a value that is not an object: read as Jackson reads a bean from it (an array may wrap
   *     one)
   * @throws IOException if the parser or a field's deserializer fails
   */
  @SuppressWarnings("unchecked")
  protected final T notAnObject(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.START_ARRAY)) {
      return _deserializeFromArray(p, ctxt);
    }
    return (T) ctxt.handleUnexpectedToken(handledType(), p);
  }

  /**
   * Field {@code index}'s value, read by the deserializer of its declared type.
   *
   * @param index the field's position in the fields this reader was created with
   * @param p the parser
   * @param ctxt the deserialization context
   * @return field {@code index}'s value, read by the deserializer of its declared type
   * @throws IOException if the parser or a field's deserializer fails
   */
  protected final Object read(int index, JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonDeserializer<Object> deserializer = deserializer(index, ctxt);
    return p.hasToken(JsonToken.VALUE_NULL) ? deserializer.getNullValue(ctxt) : deserializer.deserialize(p, ctxt);
  }

  /**
   * Field {@code index}'s value when it is a {@code String}. A JSON null is {@code null}, as
   * Jackson's {@code String} deserializer has it, without looking that deserializer up.
   *
   * @param index the field's position in the fields this reader was created with
   * @param p the parser
   * @param ctxt the deserialization context
   * @return field {@code index}'s value when it is a {@code String}
   * @throws IOException if the parser or a field's deserializer fails
   */
  protected final String string(int index, JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      return p.getText();
    }
    return p.hasToken(JsonToken.VALUE_NULL) ? null : (String) read(index, p, ctxt);
  }

  /**
   * Field {@code index}'s value when it is an {@code OffsetDateTime}: its text, when it has the
   * form {@link IsoDateTimes} reads and the field's deserializer would read that form the same way;
   * otherwise the value, read now by that deserializer (so an invalid date fails the read).
   *
   * @param index the field's position in the fields this reader was created with
   * @param p the parser
   * @param ctxt the deserialization context
   * @return field {@code index}'s value when it is an {@code OffsetDateTime}: its text, when it has
   *     the form {@link IsoDateTimes} reads and the field's deserializer would read that form the
   *     same way; otherwise the value, read now by that deserializer (so an invalid date fails the
   *     read)
   * @throws IOException if the parser or a field's deserializer fails
   */
  protected final Object dateTime(int index, JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      return null; // as jsr310's deserializers and the SDK's have it
    }
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getText(); // kept, if it matches: checked as the string, the text is decoded once
      if (IsoDateTimes.matches(text)
          && IsoOffsetDateTimeDeserializer.readsFastFormsAsIsoDateTimes(deserializer(index, ctxt), ctxt)) {
        return text;
      }
    }
    return read(index, p, ctxt);
  }

  /**
   * Adds an unknown field's value, read as Jackson reads {@code Object}, to {@code extras} (created if null).
   *
   * @param extras the unknown fields read so far, or {@code null}
   * @param name the unknown field's name
   * @param p the parser
   * @param ctxt the deserialization context
   * @return {@code extras}, or a new map when it was {@code null}
   * @throws IOException if the parser or a field's deserializer fails
   */
  protected final Map<String, Object> extra(
      Map<String, Object> extras, String name, JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonDeserializer<Object> deserializer = untyped;
    if (deserializer == null) {
      deserializer = ctxt.findContextualValueDeserializer(ctxt.constructType(Object.class), null);
      untyped = deserializer;
    }
    Object value = p.hasToken(JsonToken.VALUE_NULL) ? deserializer.getNullValue(ctxt) : deserializer.deserialize(p, ctxt);
    Map<String, Object> map = extras == null ? new LinkedHashMap<>() : extras;
    map.put(name, value);
    return map;
  }

  private JsonDeserializer<Object> deserializer(int index, DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<Object> deserializer = deserializers.get(index);
    if (deserializer == null) {
      Type type;
      try {
        type = handledType().getDeclaredField(fields[index - 1]).getGenericType();
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("no field " + fields[index - 1] + " in " + handledType(), e);
      }
      deserializer = ctxt.findContextualValueDeserializer(ctxt.getTypeFactory().constructType(type), null);
      deserializers.set(index, deserializer);
    }
    return deserializer;
  }

  /**
   * Whether {@code value} has exactly the characters {@code text[offset, offset + length)}.
   *
   * @param value the string to compare
   * @param text the text to read
   * @param offset where the text starts in {@code text}
   * @param length how many chars (or bytes) to read
   * @return whether {@code value} has exactly the characters {@code text[offset, offset + length)}
   */
  public static boolean sameText(String value, char[] text, int offset, int length) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
