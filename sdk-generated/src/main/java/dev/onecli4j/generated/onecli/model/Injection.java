package dev.onecli4j.generated.onecli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.onecli4j.generated.runtime.ModelReader;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the gateway puts a generic secret into matching requests: exactly one of a header, a
 * query parameter, a path template or a path regex. The OpenAPI schema {@code InjectionConfig}
 * is a {@code oneOf}; this one class reads every variant without trial parsing and is built
 * with {@link #header}, {@link #queryParam}, {@link #pathTemplate} or {@link #pathRegex}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(using = Injection.JsonReader.class)
public final class Injection {
  /** The placeholder that the gateway replaces with the secret value. */
  public static final String VALUE_PLACEHOLDER = "{value}";

  /** Which variant an {@link Injection} is. */
  public enum Kind {
    /** A request header. */
    HEADER,
    /** A query parameter. */
    QUERY_PARAM,
    /** A URL path template with one {@code {value}} hole. */
    PATH_TEMPLATE,
    /** A URL path regex and its replacement. */
    PATH_REGEX,
    /** No variant's key is present (or a variant newer than this SDK). */
    UNKNOWN
  }

  @JsonProperty("headerName")
  private final String headerName;

  @JsonProperty("valueFormat")
  private final String valueFormat;

  @JsonProperty("paramName")
  private final String paramName;

  @JsonProperty("paramFormat")
  private final String paramFormat;

  @JsonProperty("pathTemplate")
  private final String pathTemplate;

  @JsonProperty("pathRegex")
  private final String pathRegex;

  @JsonProperty("pathReplacement")
  private final String pathReplacement;

  private final Map<String, Object> additionalProperties;

  private Injection(Builder b) {
    this(
        b.headerName,
        b.valueFormat,
        b.paramName,
        b.paramFormat,
        b.pathTemplate,
        b.pathRegex,
        b.pathReplacement,
        b.additionalProperties == null ? null : new LinkedHashMap<>(b.additionalProperties));
  }

  /** Takes ownership of {@code additionalProperties}, which nothing else holds. */
  private Injection(
      String headerName,
      String valueFormat,
      String paramName,
      String paramFormat,
      String pathTemplate,
      String pathRegex,
      String pathReplacement,
      Map<String, Object> additionalProperties) {
    this.headerName = headerName;
    this.valueFormat = valueFormat;
    this.paramName = paramName;
    this.paramFormat = paramFormat;
    this.pathTemplate = pathTemplate;
    this.pathRegex = pathRegex;
    this.pathReplacement = pathReplacement;
    this.additionalProperties =
        additionalProperties == null ? Collections.emptyMap() : Collections.unmodifiableMap(additionalProperties);
  }

  /**
   * Injects the value as header {@code name}, verbatim.
   *
   * @param name the header or query parameter name
   * @return the new injection
   */
  public static Injection header(String name) {
    return builder().headerName(name).build();
  }

  /**
   * Injects header {@code name} with {@code format}, e.g. {@code "Bearer {value}"}.
   *
   * @param name the header or query parameter name
   * @param format the value's format, with {@code {value}} where the secret goes
   * @return the new injection
   */
  public static Injection header(String name, String format) {
    return builder().headerName(name).valueFormat(format).build();
  }

  /**
   * Injects the value as query parameter {@code name}, verbatim.
   *
   * @param name the header or query parameter name
   * @return the new injection
   */
  public static Injection queryParam(String name) {
    return builder().paramName(name).build();
  }

  /**
   * Injects query parameter {@code name} with {@code format}.
   *
   * @param name the header or query parameter name
   * @param format the value's format, with {@code {value}} where the secret goes
   * @return the new injection
   */
  public static Injection queryParam(String name, String format) {
    return builder().paramName(name).paramFormat(format).build();
  }

  /**
   * Rewrites the path to {@code template}, which starts with {@code /} and holds {@code {value}} once.
   *
   * @param template the path template
   * @return the new injection
   */
  public static Injection pathTemplate(String template) {
    return builder().pathTemplate(template).build();
  }

  /**
   * Rewrites the part of the path that {@code regex} matches with {@code replacement}.
   *
   * @param regex the regular expression the path is matched against
   * @param replacement the replacement of the matched part
   * @return the new injection
   */
  public static Injection pathRegex(String regex, String replacement) {
    return builder().pathRegex(regex).pathReplacement(replacement).build();
  }

  /** {@return a new, empty builder; prefer the static factories} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with this object's fields} */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /** {@return which variant this is, judged by the key that is present} */
  public Kind kind() {
    if (headerName != null) {
      return Kind.HEADER;
    }
    if (paramName != null) {
      return Kind.QUERY_PARAM;
    }
    if (pathTemplate != null) {
      return Kind.PATH_TEMPLATE;
    }
    if (pathRegex != null || pathReplacement != null) {
      return Kind.PATH_REGEX;
    }
    return Kind.UNKNOWN;
  }

  /** {@return the header name (header variant)} */
  public String headerName() {
    return headerName;
  }

  /** {@return the header value format; {@code null} means {@code {value}} (header variant)} */
  public @Nullable String valueFormat() {
    return valueFormat;
  }

  /** {@return the query parameter name (query variant)} */
  public String paramName() {
    return paramName;
  }

  /** {@return the query value format; {@code null} means {@code {value}} (query variant)} */
  public @Nullable String paramFormat() {
    return paramFormat;
  }

  /** {@return the path template (path template variant)} */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** {@return the path regex (path regex variant)} */
  public String pathRegex() {
    return pathRegex;
  }

  /** {@return the path replacement (path regex variant)} */
  public String pathReplacement() {
    return pathReplacement;
  }

  /** {@return JSON fields this SDK version does not model, by name; never {@code null}} */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  @JsonAnyGetter
  private Map<String, Object> jsonExtras() {
    return additionalProperties;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Injection)) {
      return false;
    }
    Injection other = (Injection) o;
    return Objects.equals(headerName, other.headerName)
        && Objects.equals(valueFormat, other.valueFormat)
        && Objects.equals(paramName, other.paramName)
        && Objects.equals(paramFormat, other.paramFormat)
        && Objects.equals(pathTemplate, other.pathTemplate)
        && Objects.equals(pathRegex, other.pathRegex)
        && Objects.equals(pathReplacement, other.pathReplacement)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        headerName,
        valueFormat,
        paramName,
        paramFormat,
        pathTemplate,
        pathRegex,
        pathReplacement,
        additionalProperties);
  }

  @Override
  public String toString() {
    // Tokens and URL passwords a value may embed print masked, as in every generated model.
    return dev.onecli4j.generated.runtime.Credentials.maskTokens(describe());
  }

  private String describe() {
    switch (kind()) {
      case HEADER:
        return "Injection{header " + headerName + ": " + format(valueFormat) + "}";
      case QUERY_PARAM:
        return "Injection{query " + paramName + "=" + format(paramFormat) + "}";
      case PATH_TEMPLATE:
        return "Injection{path " + pathTemplate + "}";
      case PATH_REGEX:
        return "Injection{path " + pathRegex + " -> " + pathReplacement + "}";
      default:
        return "Injection{unknown " + additionalProperties.keySet() + "}";
    }
  }

  private static String format(String format) {
    return format == null ? VALUE_PLACEHOLDER : format;
  }

  /** Builds {@link Injection} objects; also the JSON reader's entry point. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String headerName;
    private String valueFormat;
    private String paramName;
    private String paramFormat;
    private String pathTemplate;
    private String pathRegex;
    private String pathReplacement;
    private Map<String, Object> additionalProperties;

    private Builder() {}

    private Builder(Injection o) {
      this.headerName = o.headerName;
      this.valueFormat = o.valueFormat;
      this.paramName = o.paramName;
      this.paramFormat = o.paramFormat;
      this.pathTemplate = o.pathTemplate;
      this.pathRegex = o.pathRegex;
      this.pathReplacement = o.pathReplacement;
      this.additionalProperties =
          o.additionalProperties.isEmpty() ? null : new LinkedHashMap<>(o.additionalProperties);
    }

    /**
     * Sets {@code headerName}.
     *
     * @param headerName {@code headerName}
     * @return this builder
     */
    @JsonProperty("headerName")
    public Builder headerName(String headerName) {
      this.headerName = headerName;
      return this;
    }

    /**
     * Sets {@code valueFormat}.
     *
     * @param valueFormat {@code valueFormat}
     * @return this builder
     */
    @JsonProperty("valueFormat")
    public Builder valueFormat(String valueFormat) {
      this.valueFormat = valueFormat;
      return this;
    }

    /**
     * Sets {@code paramName}.
     *
     * @param paramName {@code paramName}
     * @return this builder
     */
    @JsonProperty("paramName")
    public Builder paramName(String paramName) {
      this.paramName = paramName;
      return this;
    }

    /**
     * Sets {@code paramFormat}.
     *
     * @param paramFormat {@code paramFormat}
     * @return this builder
     */
    @JsonProperty("paramFormat")
    public Builder paramFormat(String paramFormat) {
      this.paramFormat = paramFormat;
      return this;
    }

    /**
     * Sets {@code pathTemplate}.
     *
     * @param pathTemplate {@code pathTemplate}
     * @return this builder
     */
    @JsonProperty("pathTemplate")
    public Builder pathTemplate(String pathTemplate) {
      this.pathTemplate = pathTemplate;
      return this;
    }

    /**
     * Sets {@code pathRegex}.
     *
     * @param pathRegex {@code pathRegex}
     * @return this builder
     */
    @JsonProperty("pathRegex")
    public Builder pathRegex(String pathRegex) {
      this.pathRegex = pathRegex;
      return this;
    }

    /**
     * Sets {@code pathReplacement}.
     *
     * @param pathReplacement {@code pathReplacement}
     * @return this builder
     */
    @JsonProperty("pathReplacement")
    public Builder pathReplacement(String pathReplacement) {
      this.pathReplacement = pathReplacement;
      return this;
    }

    /**
     * Adds a JSON field this SDK version does not model.
     *
     * @param name the header or query parameter name
     * @param value the field's value, as Jackson writes it
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * Builds the immutable object.
     *
     * @return the immutable object
     */
    public Injection build() {
      return new Injection(this);
    }
  }

  /**
   * Reads every variant in one pass over the fields, with no trial parse (see {@link
   * ModelReader}); fields of no variant are kept in {@link #additionalProperties()}.
   */
  static final class JsonReader extends ModelReader<Injection> {
    private static final long serialVersionUID = 1L;

    JsonReader() {
      super(
          Injection.class,
          "headerName",
          "valueFormat",
          "paramName",
          "paramFormat",
          "pathTemplate",
          "pathRegex",
          "pathReplacement");
    }

    @Override
    public Injection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isObject(p)) {
        return notAnObject(p, ctxt);
      }
      String headerName = null;
      String valueFormat = null;
      String paramName = null;
      String paramFormat = null;
      String pathTemplate = null;
      String pathRegex = null;
      String pathReplacement = null;
      Map<String, Object> extras = null;
      // By name, not by a guessed position: which fields follow which depends on the kind.
      for (String field = firstField(p); field != null; field = p.nextFieldName()) {
        p.nextToken();
        switch (field) {
          case "headerName":
            headerName = string(1, p, ctxt);
            break;
          case "valueFormat":
            valueFormat = string(2, p, ctxt);
            break;
          case "paramName":
            paramName = string(3, p, ctxt);
            break;
          case "paramFormat":
            paramFormat = string(4, p, ctxt);
            break;
          case "pathTemplate":
            pathTemplate = string(5, p, ctxt);
            break;
          case "pathRegex":
            pathRegex = string(6, p, ctxt);
            break;
          case "pathReplacement":
            pathReplacement = string(7, p, ctxt);
            break;
          default:
            extras = extra(extras, field, p, ctxt);
            break;
        }
      }
      return new Injection(
          headerName, valueFormat, paramName, paramFormat, pathTemplate, pathRegex, pathReplacement, extras);
    }
  }
}
