package dev.onecli4j.generated;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.onecli4j.generated.onecli.model.AttachedAgent;

/**
 * The reading path the models had before their one-pass readers, as the oracle of the
 * differential tests: every model with a {@code Builder} is read through it (Jackson's builder
 * deserializer, a reflective call per field, the builder's copies), and {@link AttachedAgent}
 * through its two creators, as their annotations said.
 */
final class BuilderPathMapper {
  private BuilderPathMapper() {}

  /** {@code mapper}, reconfigured to read models the way they were read before. */
  static ObjectMapper of(ObjectMapper mapper) {
    mapper.setAnnotationIntrospector(new BuilderIntrospector());
    mapper.addMixIn(AttachedAgent.class, AttachedAgentCreators.class);
    return mapper;
  }

  /** Ignores a model's {@code @JsonDeserialize(using = ...)} and names its builder instead. */
  private static final class BuilderIntrospector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Object findDeserializer(Annotated a) {
      if (a instanceof AnnotatedClass && (builderOf(a.getRawType()) != null || a.getRawType() == AttachedAgent.class)) {
        return null;
      }
      return super.findDeserializer(a);
    }

    @Override
    public Class<?> findPOJOBuilder(AnnotatedClass ac) {
      Class<?> builder = builderOf(ac.getRawType());
      return builder != null ? builder : super.findPOJOBuilder(ac);
    }

    private static Class<?> builderOf(Class<?> type) {
      if (!type.getName().startsWith("dev.onecli4j.generated.")) {
        return null;
      }
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Builder")) {
          return nested;
        }
      }
      return null;
    }
  }

  /** The creators {@link AttachedAgent} was read with: a plain id, or an object with id and name. */
  abstract static class AttachedAgentCreators {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    AttachedAgentCreators(@JsonProperty("id") String id, @JsonProperty("name") String name) {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static AttachedAgent ofId(String id) {
      return null;
    }
  }
}
