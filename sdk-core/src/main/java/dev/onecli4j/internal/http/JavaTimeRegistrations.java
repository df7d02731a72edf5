package dev.onecli4j.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.introspect.ClassIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What a module registers in a mapper, recorded in order instead of applied: the kinds of
 * registration {@code JavaTimeModule} makes (deserializers, key deserializers, serializers, key
 * serializers, bean modifiers, value instantiators). Any other kind of registration cannot be
 * made after the mapper is built and is refused with an {@link IllegalStateException}, so that a
 * module version that starts making one fails loudly rather than being half applied.
 */
final class JavaTimeRegistrations {
  final List<Deserializers> deserializers;
  final List<KeyDeserializers> keyDeserializers;
  final List<Serializers> serializers;
  final List<Serializers> keySerializers;
  final List<BeanDeserializerModifier> deserializerModifiers;
  final List<BeanSerializerModifier> serializerModifiers;
  final List<ValueInstantiators> valueInstantiators;

  private JavaTimeRegistrations(Recorder r) {
    this.deserializers = Collections.unmodifiableList(r.deserializers);
    this.keyDeserializers = Collections.unmodifiableList(r.keyDeserializers);
    this.serializers = Collections.unmodifiableList(r.serializers);
    this.keySerializers = Collections.unmodifiableList(r.keySerializers);
    this.deserializerModifiers = Collections.unmodifiableList(r.deserializerModifiers);
    this.serializerModifiers = Collections.unmodifiableList(r.serializerModifiers);
    this.valueInstantiators = Collections.unmodifiableList(r.valueInstantiators);
  }

  /** Runs {@code module}'s set-up against a recorder and returns what it registered. */
  static JavaTimeRegistrations of(Module module) {
    Recorder recorder = new Recorder(module.getModuleName());
    module.setupModule(recorder);
    return new JavaTimeRegistrations(recorder);
  }

  /** The set-up context a deferred module runs against. */
  private static final class Recorder implements Module.SetupContext {
    private final String module;
    final List<Deserializers> deserializers = new ArrayList<>();
    final List<KeyDeserializers> keyDeserializers = new ArrayList<>();
    final List<Serializers> serializers = new ArrayList<>();
    final List<Serializers> keySerializers = new ArrayList<>();
    final List<BeanDeserializerModifier> deserializerModifiers = new ArrayList<>();
    final List<BeanSerializerModifier> serializerModifiers = new ArrayList<>();
    final List<ValueInstantiators> valueInstantiators = new ArrayList<>();

    Recorder(String module) {
      this.module = module;
    }

    private IllegalStateException refused(String what) {
      return new IllegalStateException(
          "module " + module + " makes a registration (" + what + ") that cannot be deferred; register it eagerly");
    }

    @Override
    public void addDeserializers(Deserializers d) {
      deserializers.add(d);
    }

    @Override
    public void addKeyDeserializers(KeyDeserializers d) {
      keyDeserializers.add(d);
    }

    @Override
    public void addSerializers(Serializers s) {
      serializers.add(s);
    }

    @Override
    public void addKeySerializers(Serializers s) {
      keySerializers.add(s);
    }

    @Override
    public void addBeanDeserializerModifier(BeanDeserializerModifier modifier) {
      deserializerModifiers.add(modifier);
    }

    @Override
    public void addBeanSerializerModifier(BeanSerializerModifier modifier) {
      serializerModifiers.add(modifier);
    }

    @Override
    public void addValueInstantiators(ValueInstantiators instantiators) {
      valueInstantiators.add(instantiators);
    }

    @Override
    public Version getMapperVersion() {
      throw refused("getMapperVersion");
    }

    @Override
    public <C extends ObjectCodec> C getOwner() {
      throw refused("getOwner");
    }

    @Override
    public TypeFactory getTypeFactory() {
      throw refused("getTypeFactory");
    }

    @Override
    public boolean isEnabled(MapperFeature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public boolean isEnabled(DeserializationFeature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public boolean isEnabled(SerializationFeature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public boolean isEnabled(JsonFactory.Feature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public boolean isEnabled(JsonParser.Feature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public boolean isEnabled(JsonGenerator.Feature f) {
      throw refused("isEnabled " + f);
    }

    @Override
    public MutableConfigOverride configOverride(Class<?> type) {
      throw refused("configOverride");
    }

    @Override
    public void addAbstractTypeResolver(AbstractTypeResolver resolver) {
      throw refused("addAbstractTypeResolver");
    }

    @Override
    public void addTypeModifier(TypeModifier modifier) {
      throw refused("addTypeModifier");
    }

    @Override
    public void setClassIntrospector(ClassIntrospector ci) {
      throw refused("setClassIntrospector");
    }

    @Override
    public void insertAnnotationIntrospector(AnnotationIntrospector ai) {
      throw refused("insertAnnotationIntrospector");
    }

    @Override
    public void appendAnnotationIntrospector(AnnotationIntrospector ai) {
      throw refused("appendAnnotationIntrospector");
    }

    @Override
    public void registerSubtypes(Class<?>... subtypes) {
      throw refused("registerSubtypes");
    }

    @Override
    public void registerSubtypes(NamedType... subtypes) {
      throw refused("registerSubtypes");
    }

    @Override
    public void registerSubtypes(Collection<Class<?>> subtypes) {
      throw refused("registerSubtypes");
    }

    @Override
    public void setMixInAnnotations(Class<?> target, Class<?> mixinSource) {
      throw refused("setMixInAnnotations");
    }

    @Override
    public void addDeserializationProblemHandler(DeserializationProblemHandler handler) {
      throw refused("addDeserializationProblemHandler");
    }

    @Override
    public void setNamingStrategy(PropertyNamingStrategy naming) {
      throw refused("setNamingStrategy");
    }
  }
}
