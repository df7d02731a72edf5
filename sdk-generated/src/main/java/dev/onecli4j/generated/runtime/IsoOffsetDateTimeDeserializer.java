package dev.onecli4j.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads {@link OffsetDateTime} from the forms servers write — {@code
 * yyyy-MM-ddTHH:mm:ss(.fraction)?(Z|±hh:mm)}, as JavaScript's {@code toISOString()} does — by
 * hand, straight from the parser's buffer; everything else (other forms, numbers, invalid dates,
 * per-property formats, time-zone adjustment) goes to Jackson's standard deserializer, which
 * therefore decides every error and every unusual case. For the forms it handles, the result
 * equals the standard one.
 *
 * <p>Why: Jackson's standard path runs a {@code DateTimeFormatter} per value, which doubled the
 * time and more than tripled the allocation of reading a list of 1,000 secrets.
 */
final class IsoOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final JsonDeserializer<OffsetDateTime> fallback;

  IsoOffsetDateTimeDeserializer() {
    this(InstantDeserializer.OFFSET_DATE_TIME);
  }

  private IsoOffsetDateTimeDeserializer(JsonDeserializer<OffsetDateTime> fallback) {
    super(OffsetDateTime.class);
    this.fallback = fallback;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (!(fallback instanceof ContextualDeserializer)) {
      return this;
    }
    JsonDeserializer<?> contextual = ((ContextualDeserializer) fallback).createContextual(ctxt, property);
    // A property with its own format or time-zone settings is read entirely by the standard path.
    return contextual == fallback ? this : contextual;
  }

  @Override
  public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)
        && !ctxt.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
      OffsetDateTime value = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value != null) {
        return value;
      }
    }
    return fallback.deserialize(p, ctxt);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return fallback.deserializeWithType(p, ctxt, typeDeserializer);
  }

  /**
   * {@code text[offset, offset + length)} as an {@link OffsetDateTime} when it has exactly the form
   * {@code yyyy-MM-ddTHH:mm:ss(.f{1,9})?(Z|±hh:mm)} and denotes a valid date and offset; otherwise
   * {@code null}, and the caller takes the standard path.
   */
  static OffsetDateTime parse(char[] text, int offset, int length) {
    // Shortest: 2025-06-01T12:34:56Z (20); longest: ...56.123456789+05:30 (35).
    if (length < 20 || length > 35) {
      return null;
    }
    int i = offset;
    int end = offset + length;
    int year = digits(text, i, 4);
    if (year < 0 || text[i + 4] != '-') {
      return null;
    }
    int month = digits(text, i + 5, 2);
    if (month < 0 || text[i + 7] != '-') {
      return null;
    }
    int day = digits(text, i + 8, 2);
    if (day < 0 || text[i + 10] != 'T') {
      return null;
    }
    int hour = digits(text, i + 11, 2);
    if (hour < 0 || text[i + 13] != ':') {
      return null;
    }
    int minute = digits(text, i + 14, 2);
    if (minute < 0 || text[i + 16] != ':') {
      return null;
    }
    int second = digits(text, i + 17, 2);
    if (second < 0) {
      return null;
    }
    i += 19;
    int nano = 0;
    if (text[i] == '.') {
      int start = ++i;
      while (i < end && text[i] >= '0' && text[i] <= '9') {
        nano = nano * 10 + (text[i] - '0');
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset zone;
    if (i == end - 1 && text[i] == 'Z') {
      zone = ZoneOffset.UTC;
    } else if (i == end - 6 && (text[i] == '+' || text[i] == '-') && text[i + 3] == ':') {
      int hours = digits(text, i + 1, 2);
      int minutes = digits(text, i + 4, 2);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
        return null;
      }
      int seconds = hours * 3600 + minutes * 60;
      if (seconds > 18 * 3600) {
        return null;
      }
      zone = ZoneOffset.ofTotalSeconds(text[i] == '-' ? -seconds : seconds);
    } else {
      return null;
    }
    if (month > 12 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, zone);
    } catch (DateTimeException e) {
      return null; // e.g. February 30th: the standard path reports it
    }
  }

  /** The decimal value of {@code count} ASCII digits at {@code at}, or -1. */
  private static int digits(char[] text, int at, int count) {
    int value = 0;
    for (int k = at; k < at + count; k++) {
      char c = text[k];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
