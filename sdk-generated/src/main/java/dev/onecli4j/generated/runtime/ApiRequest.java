package dev.onecli4j.generated.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One operation's HTTP request, fully built but not yet sent: method, encoded path, query,
 * operation-specific headers and body, and the type its success answer is read into.
 * Immutable; {@link #newBuilder()} copies it.
 *
 * @param <T> the result type of the operation
 */
public final class ApiRequest<T> {
  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final String path;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Object body;
  private final ResponseType<T> responseType;
  private final boolean redirectExpected;
  private final Map<String, String> attributes;
  private final Map<String, Object> additionalBodyProperties;

  private ApiRequest(Builder<T> b) {
    this.operationId = b.operationId;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.path = b.path.toString();
    this.query = b.query.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = copy(b.headers);
    this.body = b.body;
    this.responseType = b.responseType;
    this.redirectExpected = b.redirectExpected;
    this.attributes = copy(b.attributes);
    this.additionalBodyProperties =
        b.additionalBodyProperties == null
            ? Collections.<String, Object>emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalBodyProperties));
  }

  /**
   * An unmodifiable copy of a builder's map; the builder's immutable maps of none or one entry (see
   * {@link Builder#with}) are kept as they are.
   */
  private static Map<String, String> copy(Map<String, String> map) {
    if (!(map instanceof LinkedHashMap)) {
      return map;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Starts a request for {@code method} on {@code pathTemplate} (e.g. {@code /secrets/{secretId}}).
   *
   * @param <T> the type of the parsed success body
   * @param operationId the operation's id in the API description, e.g. {@code createSecret}
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the path with {@code {name}} placeholders, e.g. {@code /secrets/{secretId}}
   * @param responseType how to read the success body
   * @return a builder of the request
   */
  public static <T> Builder<T> builder(
      String operationId, String method, String pathTemplate, ResponseType<T> responseType) {
    return new Builder<>(operationId, method, pathTemplate, responseType);
  }

  /** {@return the OpenAPI operationId, e.g. {@code createSecret}} */
  public String operationId() {
    return operationId;
  }

  /** {@return the HTTP method in upper case} */
  public String method() {
    return method;
  }

  /** {@return the path as the spec writes it, with {@code {name}} placeholders} */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** {@return the path with every parameter percent-encoded, relative to the base URL} */
  public String path() {
    return path;
  }

  /** {@return query parameters in order, names and values not yet encoded} */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** {@return headers the operation itself defines (not the client's defaults)} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return the body to serialize as JSON, or {@code null} for none} */
  public Object body() {
    return body;
  }

  /** {@return the type the success answer is read into} */
  public ResponseType<T> responseType() {
    return responseType;
  }

  /** {@return whether the operation answers with a redirect (3xx) on success} */
  public boolean redirectExpected() {
    return redirectExpected;
  }

  /**
   * Facts about the operation that the spec states for the transport (its {@code
   * x-onecli4j-attributes}), e.g. {@code scope=workspace}; never sent. Unmodifiable.
   *
   * @return facts about the operation that the spec states for the transport (its {@code
   *     x-onecli4j-attributes}), e.g. {@code scope=workspace}; never sent
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * The value of the attribute {@code name}, or {@code null} when the operation has none.
   *
   * @param name the name
   * @return the value of the attribute {@code name}, or {@code null} when the operation has none
   */
  public String attribute(String name) {
    return attributes.get(name);
  }

  /**
   * Properties the transport merges into the JSON body besides those of {@link #body()}: fields
   * the SDK does not model, set by the caller. Unmodifiable.
   *
   * @return the properties by JSON field name, empty when there are none
   */
  public Map<String, Object> additionalBodyProperties() {
    return additionalBodyProperties;
  }

  /**
   * This request with {@code properties} merged into its body.
   *
   * @param properties the properties by JSON field name
   * @return the new request; this request itself when {@code properties} is empty
   */
  public ApiRequest<T> withAdditionalBodyProperties(Map<String, ?> properties) {
    if (properties.isEmpty()) {
      return this;
    }
    return newBuilder().additionalBodyProperties(properties).build();
  }

  /** {@return a builder that starts as a copy of this request} */
  public Builder<T> newBuilder() {
    Builder<T> b = new Builder<>(operationId, method, pathTemplate, responseType);
    b.path.setLength(0);
    b.path.append(path);
    b.query = query.isEmpty() ? Collections.emptyList() : new ArrayList<>(query);
    b.headers = headers.isEmpty() ? Collections.emptyMap() : new LinkedHashMap<>(headers);
    b.body = body;
    b.redirectExpected = redirectExpected;
    b.attributes = attributes.isEmpty() ? Collections.emptyMap() : new LinkedHashMap<>(attributes);
    if (!additionalBodyProperties.isEmpty()) {
      b.additionalBodyProperties(additionalBodyProperties);
    }
    return b;
  }

  @Override
  public String toString() {
    // The body may hold secret values, so it is never printed.
    return "ApiRequest{" + operationId + " " + method + " " + pathTemplate + "}";
  }

  /**
   * Builds an {@link ApiRequest}.
   *
   * @param <T> the result type
   */
  public static final class Builder<T> {
    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final ResponseType<T> responseType;
    private final StringBuilder path;
    // Made at their first entry: most operations have no query, one header and no attributes.
    private List<Map.Entry<String, String>> query = Collections.emptyList();
    private Map<String, String> headers = Collections.emptyMap();
    private Object body;
    private boolean redirectExpected;
    private Map<String, String> attributes = Collections.emptyMap();
    /** Made on first use: almost every request has none. */
    private Map<String, Object> additionalBodyProperties;

    private Builder(
        String operationId, String method, String pathTemplate, ResponseType<T> responseType) {
      this.operationId = Objects.requireNonNull(operationId, "operationId");
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.responseType = Objects.requireNonNull(responseType, "responseType");
      this.path = new StringBuilder(pathTemplate);
    }

    /**
     * Replaces the {@code {name}} placeholder with the percent-encoded value.
     *
     * @param name the name
     * @param value the value; {@code null} is skipped
     * @return this builder
     */
    public Builder<T> pathParam(String name, Object value) {
      int at = placeholderAt(name);
      if (at < 0) {
        throw new IllegalArgumentException("no path parameter '" + name + "' in " + pathTemplate);
      }
      String encoded = PathSegments.encode(name, value == null ? null : String.valueOf(value));
      path.replace(at, at + name.length() + 2, encoded);
      return this;
    }

    /** Where {@code {name}} starts in the path, or -1. */
    private int placeholderAt(String name) {
      int close = name.length() + 1;
      for (int at = path.indexOf("{"); at >= 0; at = path.indexOf("{", at + 1)) {
        if (at + close < path.length() && path.charAt(at + close) == '}' && nameAt(at + 1, name)) {
          return at;
        }
      }
      return -1;
    }

    private boolean nameAt(int start, String name) {
      for (int i = 0; i < name.length(); i++) {
        if (path.charAt(start + i) != name.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Adds a query parameter; a {@code null} value is skipped and a collection adds one
     * parameter per element.
     *
     * @param name the name
     * @param value the value; {@code null} is skipped
     * @return this builder
     */
    public Builder<T> queryParam(String name, Object value) {
      if (value instanceof Collection) {
        for (Object element : (Collection<?>) value) {
          queryParam(name, element);
        }
      } else if (value != null) {
        if (query.isEmpty()) {
          query = new ArrayList<>(2);
        }
        query.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Sets an operation header; a {@code null} value is skipped.
     *
     * @param name the name
     * @param value the value; {@code null} is skipped
     * @return this builder
     */
    public Builder<T> header(String name, Object value) {
      if (value != null) {
        headers = with(headers, name, String.valueOf(value));
      }
      return this;
    }

    /**
     * Sets the JSON body.
     *
     * @param body the JSON body
     * @return this builder
     */
    public Builder<T> body(Object body) {
      this.body = body;
      return this;
    }

    /**
     * Marks the operation as answering with a redirect on success.
     *
     * @param expected whether the operation answers with a redirect
     * @return this builder
     */
    public Builder<T> redirectExpected(boolean expected) {
      this.redirectExpected = expected;
      return this;
    }

    /**
     * Adds properties to merge into the JSON body besides those of the body object.
     *
     * @param properties the properties by JSON field name
     * @return this builder
     */
    public Builder<T> additionalBodyProperties(Map<String, ?> properties) {
      if (additionalBodyProperties == null) {
        additionalBodyProperties = new LinkedHashMap<>();
      }
      additionalBodyProperties.putAll(properties);
      return this;
    }

    /**
     * Records a fact about the operation for the transport; it is not sent.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder<T> attribute(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      attributes = with(attributes, name, value);
      return this;
    }

    /**
     * {@code map} with {@code name} set to {@code value}: a first entry in an immutable map of
     * one (most operations set one header), later ones in a {@code LinkedHashMap}.
     */
    private static Map<String, String> with(Map<String, String> map, String name, String value) {
      if (map.isEmpty()) {
        return Collections.singletonMap(name, value);
      }
      Map<String, String> writable = map instanceof LinkedHashMap ? map : new LinkedHashMap<>(map);
      writable.put(name, value);
      return writable;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ApiRequest<T> build() {
      if (path.indexOf("{") >= 0) {
        throw new IllegalStateException("unfilled path parameter in " + path);
      }
      return new ApiRequest<>(this);
    }
  }
}
