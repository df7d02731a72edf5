package dev.onecli4j.internal.http;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerBuilder;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * jackson-datatype-jsr310's {@link JavaTimeModule}, set up the first time the mapper looks up a
 * {@code java.time} type rather than when the mapper is made: registering the module builds some
 * sixty deserializers, serializers and formatters, which a client that never reads anything but
 * the dates its models keep as text does not need before its first call.
 *
 * <p>What it registers is what the module registers, in the same places and order: a stand-in for
 * each of its deserializers, key deserializers, serializers, key serializers, modifiers and value
 * instantiators answers for {@code java.time} types by asking the module's own, and for every
 * other type answers as the module does (nothing). It carries the module's type id, so that
 * registering {@code JavaTimeModule} again is ignored as before. Thread-safe. The registrations
 * are recorded by {@link JavaTimeRegistrations}, which refuses any kind the module might make in a
 * later version that cannot be made late.
 */
final class DeferredJavaTimeModule extends Module {
  /** {@code JavaTimeModule}'s type id (its artifact id), as a string so as not to load it. */
  static final String TYPE_ID = "jackson-datatype-jsr310";

  private volatile JavaTimeRegistrations registrations;

  @Override
  public String getModuleName() {
    return "onecli4j-deferred-java-time";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return TYPE_ID;
  }

  /** Whether the module's registrations have been made (a {@code java.time} type was looked up). */
  boolean isSetUp() {
    return registrations != null;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new DeferredDeserializers());
    context.addKeyDeserializers(new DeferredKeyDeserializers());
    context.addSerializers(new DeferredSerializers(false));
    context.addKeySerializers(new DeferredSerializers(true));
    context.addBeanDeserializerModifier(new DeferredDeserializerModifier());
    context.addBeanSerializerModifier(new DeferredSerializerModifier());
    context.addValueInstantiators(new DeferredValueInstantiators());
  }

  static boolean covers(Class<?> type) {
    return type != null && type.getName().startsWith("java.time.");
  }

  static boolean covers(JavaType type) {
    return type != null && covers(type.getRawClass());
  }

  private JavaTimeRegistrations registrations() {
    JavaTimeRegistrations r = registrations;
    if (r == null) {
      synchronized (this) {
        r = registrations;
        if (r == null) {
          r = JavaTimeRegistrations.of(new JavaTimeModule());
          registrations = r;
        }
      }
    }
    return r;
  }

  /**
   * The module's bean modifiers, once it is set up; none before. A modifier is applied after a
   * look-up has found a type's (de)serializer, and every look-up of a {@code java.time} type
   * through the stand-ins sets the module up first; the one that may not is {@code
   * OffsetDateTime}'s deserializer, which the SDK's own module answers before them and which
   * jsr310's modifiers (they concern {@code Month}) leave as it is.
   */
  private <T> Iterable<T> modifiersOnceSetUp(java.util.function.Function<JavaTimeRegistrations, List<T>> kind) {
    JavaTimeRegistrations r = registrations;
    return r == null ? java.util.Collections.<T>emptyList() : newestFirst(kind.apply(r));
  }

  /** Newest first, as Jackson consults what modules register. */
  private static <T> Iterable<T> newestFirst(List<T> registered) {
    return () ->
        new java.util.Iterator<T>() {
          private int next = registered.size() - 1;

          @Override
          public boolean hasNext() {
            return next >= 0;
          }

          @Override
          public T next() {
            if (next < 0) {
              throw new java.util.NoSuchElementException();
            }
            return registered.get(next--);
          }
        };
  }

  /** One registration's answer to a look-up; {@code null} when it has none. */
  @FunctionalInterface
  private interface Lookup<T, R, E extends Exception> {
    R find(T registered) throws E;
  }

  /** One modifier's step: what it makes of what the previous ones made. */
  @FunctionalInterface
  private interface Step<T, R> {
    R apply(T registered, R current);
  }

  /** The first answer of the registrations, newest first, as Jackson takes it. */
  private static <T, R, E extends Exception> R first(List<T> registered, Lookup<T, R, E> lookup) throws E {
    for (T t : newestFirst(registered)) {
      R found = lookup.find(t);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** {@code start} passed through every registration, newest first, as Jackson applies modifiers. */
  private static <T, R> R chain(Iterable<T> registered, R start, Step<T, R> step) {
    R result = start;
    for (T t : registered) {
      result = step.apply(t, result);
    }
    return result;
  }

  private final class DeferredDeserializers implements Deserializers {
    private List<Deserializers> registered() {
      return registrations().deserializers;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc)
        throws JsonMappingException {
      return covers(type) ? first(registered(), d -> d.findEnumDeserializer(type, config, beanDesc)) : null;
    }

    @Override
    public JsonDeserializer<?> findTreeNodeDeserializer(
        Class<? extends JsonNode> nodeType, DeserializationConfig config, BeanDescription beanDesc) {
      return null; // JsonNode types are never java.time types
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc)
        throws JsonMappingException {
      return covers(type) ? first(registered(), d -> d.findBeanDeserializer(type, config, beanDesc)) : null;
    }

    @Override
    public JsonDeserializer<?> findReferenceDeserializer(
        ReferenceType type, DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d -> d.findReferenceDeserializer(type, config, beanDesc, contentTypeDeserializer, contentDeserializer))
          : null;
    }

    @Override
    public JsonDeserializer<?> findArrayDeserializer(
        ArrayType type, DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d -> d.findArrayDeserializer(type, config, beanDesc, elementTypeDeserializer, elementDeserializer))
          : null;
    }

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(
        CollectionType type, DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d -> d.findCollectionDeserializer(type, config, beanDesc, elementTypeDeserializer, elementDeserializer))
          : null;
    }

    @Override
    public JsonDeserializer<?> findCollectionLikeDeserializer(
        CollectionLikeType type, DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d ->
                  d.findCollectionLikeDeserializer(
                      type, config, beanDesc, elementTypeDeserializer, elementDeserializer))
          : null;
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(
        MapType type, DeserializationConfig config, BeanDescription beanDesc, KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d ->
                  d.findMapDeserializer(
                      type, config, beanDesc, keyDeserializer, elementTypeDeserializer, elementDeserializer))
          : null;
    }

    @Override
    public JsonDeserializer<?> findMapLikeDeserializer(
        MapLikeType type, DeserializationConfig config, BeanDescription beanDesc, KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
      return covers(type)
          ? first(
              registered(),
              d ->
                  d.findMapLikeDeserializer(
                      type, config, beanDesc, keyDeserializer, elementTypeDeserializer, elementDeserializer))
          : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return covers(valueType) && first(
          registered(),
          d -> d.hasDeserializerFor(config, valueType) ? Boolean.TRUE : null) != null;
    }
  }

  private final class DeferredKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc)
        throws JsonMappingException {
      return covers(type) ? first(
          registrations().keyDeserializers,
          d -> d.findKeyDeserializer(type, config, beanDesc)) : null;
    }
  }

  private final class DeferredSerializers implements Serializers {
    private final boolean keys;

    DeferredSerializers(boolean keys) {
      this.keys = keys;
    }

    private List<Serializers> registered() {
      return keys ? registrations().keySerializers : registrations().serializers;
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return covers(type) ? first(registered(), s -> s.findSerializer(config, type, beanDesc)) : null;
    }

    @Override
    public JsonSerializer<?> findReferenceSerializer(
        SerializationConfig config, ReferenceType type, BeanDescription beanDesc,
        TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s -> s.findReferenceSerializer(config, type, beanDesc, contentTypeSerializer, contentValueSerializer))
          : null;
    }

    @Override
    public JsonSerializer<?> findArraySerializer(
        SerializationConfig config, ArrayType type, BeanDescription beanDesc,
        TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s -> s.findArraySerializer(config, type, beanDesc, elementTypeSerializer, elementValueSerializer))
          : null;
    }

    @Override
    public JsonSerializer<?> findCollectionSerializer(
        SerializationConfig config, CollectionType type, BeanDescription beanDesc,
        TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s -> s.findCollectionSerializer(config, type, beanDesc, elementTypeSerializer, elementValueSerializer))
          : null;
    }

    @Override
    public JsonSerializer<?> findCollectionLikeSerializer(
        SerializationConfig config, CollectionLikeType type, BeanDescription beanDesc,
        TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s ->
                  s.findCollectionLikeSerializer(
                      config, type, beanDesc, elementTypeSerializer, elementValueSerializer))
          : null;
    }

    @Override
    public JsonSerializer<?> findMapSerializer(
        SerializationConfig config, MapType type, BeanDescription beanDesc, JsonSerializer<Object> keySerializer,
        TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s ->
                  s.findMapSerializer(
                      config, type, beanDesc, keySerializer, elementTypeSerializer, elementValueSerializer))
          : null;
    }

    @Override
    public JsonSerializer<?> findMapLikeSerializer(
        SerializationConfig config, MapLikeType type, BeanDescription beanDesc, JsonSerializer<Object> keySerializer,
        TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
      return covers(type)
          ? first(
              registered(),
              s ->
                  s.findMapLikeSerializer(
                      config, type, beanDesc, keySerializer, elementTypeSerializer, elementValueSerializer))
          : null;
    }
  }

  private final class DeferredDeserializerModifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    private Iterable<BeanDeserializerModifier> modifiers() {
      return modifiersOnceSetUp(r -> r.deserializerModifiers);
    }

    @Override
    public List<BeanPropertyDefinition> updateProperties(
        DeserializationConfig config, BeanDescription beanDesc, List<BeanPropertyDefinition> propDefs) {
      return !covers(beanDesc.getBeanClass())
          ? propDefs
          : chain(modifiers(), propDefs, (m, r) -> m.updateProperties(config, beanDesc, r));
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      return !covers(beanDesc.getBeanClass())
          ? builder
          : chain(modifiers(), builder, (m, r) -> m.updateBuilder(config, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(beanDesc.getBeanClass())
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyDeserializer(config, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyEnumDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyReferenceDeserializer(
        DeserializationConfig config, ReferenceType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyReferenceDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(
        DeserializationConfig config, ArrayType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyArrayDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config, CollectionType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyCollectionDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyCollectionLikeDeserializer(
        DeserializationConfig config, CollectionLikeType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyCollectionLikeDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config, MapType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyMapDeserializer(config, type, beanDesc, r));
    }

    @Override
    public JsonDeserializer<?> modifyMapLikeDeserializer(
        DeserializationConfig config, MapLikeType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return !covers(type)
          ? deserializer
          : DeferredJavaTimeModule.<BeanDeserializerModifier, JsonDeserializer<?>>chain(
              modifiers(),
              deserializer,
              (m, r) -> m.modifyMapLikeDeserializer(config, type, beanDesc, r));
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
      return !covers(type)
          ? deserializer
          : chain(modifiers(), deserializer, (m, r) -> m.modifyKeyDeserializer(config, type, r));
    }
  }

  private final class DeferredSerializerModifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    private Iterable<BeanSerializerModifier> modifiers() {
      return modifiersOnceSetUp(r -> r.serializerModifiers);
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> beanProperties) {
      return !covers(beanDesc.getBeanClass())
          ? beanProperties
          : chain(modifiers(), beanProperties, (m, r) -> m.changeProperties(config, beanDesc, r));
    }

    @Override
    public List<BeanPropertyWriter> orderProperties(
        SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> beanProperties) {
      return !covers(beanDesc.getBeanClass())
          ? beanProperties
          : chain(modifiers(), beanProperties, (m, r) -> m.orderProperties(config, beanDesc, r));
    }

    @Override
    public BeanSerializerBuilder updateBuilder(SerializationConfig config, BeanDescription beanDesc, BeanSerializerBuilder builder) {
      return !covers(beanDesc.getBeanClass())
          ? builder
          : chain(modifiers(), builder, (m, r) -> m.updateBuilder(config, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(beanDesc.getBeanClass())
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifySerializer(config, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyArraySerializer(
        SerializationConfig config, ArrayType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyArraySerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyCollectionSerializer(
        SerializationConfig config, CollectionType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyCollectionSerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyCollectionLikeSerializer(
        SerializationConfig config, CollectionLikeType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyCollectionLikeSerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyMapSerializer(
        SerializationConfig config, MapType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyMapSerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyMapLikeSerializer(
        SerializationConfig config, MapLikeType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyMapLikeSerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyEnumSerializer(
        SerializationConfig config, JavaType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyEnumSerializer(config, valueType, beanDesc, r));
    }

    @Override
    public JsonSerializer<?> modifyKeySerializer(
        SerializationConfig config, JavaType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return !covers(valueType)
          ? serializer
          : DeferredJavaTimeModule.<BeanSerializerModifier, JsonSerializer<?>>chain(
              modifiers(),
              serializer,
              (m, r) -> m.modifyKeySerializer(config, valueType, beanDesc, r));
    }
  }

  private final class DeferredValueInstantiators implements ValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(
        DeserializationConfig config, BeanDescription beanDesc, ValueInstantiator defaultInstantiator) {
      return !covers(beanDesc.getBeanClass())
          ? defaultInstantiator
          : chain(
              newestFirst(registrations().valueInstantiators),
              defaultInstantiator,
              (v, r) -> v.findValueInstantiator(config, beanDesc, r));
    }
  }
}
