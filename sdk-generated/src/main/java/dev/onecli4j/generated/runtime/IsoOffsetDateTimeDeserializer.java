package dev.onecli4j.generated.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
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
import java.time.OffsetDateTime;

/**
 * Reads {@link OffsetDateTime} from the forms servers write — {@code
 * yyyy-MM-ddTHH:mm:ss(.fraction)?(Z|±hh:mm)}, as JavaScript's {@code toISOString()} does — by
 * hand, from the value's text ({@link IsoDateTimes}); everything else (other forms,
 * numbers, invalid dates, per-property formats, time-zone adjustment) goes to Jackson's standard
 * deserializer, which therefore decides every error and every unusual case. For the forms it
 * handles, the result equals the standard one. The SDK's mapper registers it.
 *
 * <p>Why: Jackson's standard path runs a {@code DateTimeFormatter} per value, which doubled the
 * time and more than tripled the allocation of reading a list of 1,000 secrets.
 */
public final class IsoOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime>
    implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  /** Jackson's standard deserializer; null until first needed. */
  private volatile JsonDeserializer<OffsetDateTime> fallback;

  /** A deserializer that falls back to jackson-datatype-jsr310's standard one. */
  public IsoOffsetDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  /**
   * The deserializer for every form this one does not read. The standard one is looked up only
   * when first needed, so that a mapper which never meets such a form never sets up java.time's
   * formatters.
   */
  private JsonDeserializer<OffsetDateTime> fallback() {
    JsonDeserializer<OffsetDateTime> f = fallback;
    if (f == null) {
      f = InstantDeserializer.OFFSET_DATE_TIME;
      fallback = f;
    }
    return f;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (property == null
        && JsonFormat.Value.empty().equals(ctxt.getConfig().getDefaultPropertyFormat(OffsetDateTime.class))) {
      // No property and no configured format: the standard deserializer would stay as it is.
      return this;
    }
    JsonDeserializer<OffsetDateTime> standard = fallback();
    if (!(standard instanceof ContextualDeserializer)) {
      return this;
    }
    JsonDeserializer<?> contextual = ((ContextualDeserializer) standard).createContextual(ctxt, property);
    // A property with its own format or time-zone settings is read entirely by the standard path.
    return contextual == standard ? this : contextual;
  }

  @Override
  public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)
        && !ctxt.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
      OffsetDateTime value = IsoDateTimes.parse(p.getText());
      if (value != null) {
        return value;
      }
    }
    return fallback().deserialize(p, ctxt);
  }

  /**
   * Whether {@code deserializer}, in {@code ctxt}, reads every text {@link IsoDateTimes#matches}
   * accepts as {@link IsoDateTimes#parse} does: this class or jsr310's standard deserializer,
   * uncustomized, with time-zone adjustment off.
   */
  static boolean readsFastFormsAsIsoDateTimes(JsonDeserializer<?> deserializer, DeserializationContext ctxt) {
    // The instanceof test comes first: it settles the SDK's own mapper without loading jsr310.
    return (deserializer instanceof IsoOffsetDateTimeDeserializer || deserializer == InstantDeserializer.OFFSET_DATE_TIME)
        && !ctxt.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return fallback().deserializeWithType(p, ctxt, typeDeserializer);
  }
}
