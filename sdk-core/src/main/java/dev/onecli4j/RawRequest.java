package dev.onecli4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ResponseType;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.internal.text.HeaderValues;
import dev.onecli4j.validation.Problems;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to a route the SDK does not model yet, for {@link OneCli#rawRequest} or {@link
 * UserSecrets#rawRequest}: method, path relative to the base URL, query, headers and a JSON body.
 * It is sent like every other call: with the client's credentials and headers, under its retry
 * rules (a POST the server may have acted on is never repeated), with errors mapped to the SDK's
 * exceptions and the values it carries masked wherever they could be echoed. Immutable.
 *
 * <pre>{@code
 * RawHttpResponse r = client.rawRequest(
 *     RawRequest.builder("POST", "/agents/{agentId}/pause")
 *         .pathParam("agentId", agentId)
 *         .body(Map.of("reason", "maintenance"))
 *         .build());
 * }</pre>
 */
public final class RawRequest {
  /** The operation id of every raw call, as the listener, logs and {@code CallContext} see it. */
  public static final String OPERATION_ID = "rawRequest";

  private static final List<String> METHODS = Arrays.asList("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)\\}");

  private final String method;
  private final String path;
  private final Map<String, String> pathParams;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final JsonNode body;

  private RawRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
    this.query = Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method: GET, HEAD, OPTIONS, POST, PUT, PATCH or DELETE
   * @param path the path relative to the base URL, starting with {@code /}, e.g. {@code
   *     /agents/{agentId}/pause}; {@code {name}} placeholders are filled with {@link
   *     Builder#pathParam}
   * @return the builder
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * The HTTP method in upper case.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path as given, with its {@code {name}} placeholders.
   *
   * @return the path template
   */
  public String path() {
    return path;
  }

  /**
   * The JSON body, or {@code null} for none.
   *
   * @return the body
   */
  public JsonNode body() {
    return body;
  }

  /** The request the transport sends: its body's strings count as credentials to mask. */
  ApiRequest<byte[]> toApiRequest() {
    ApiRequest.Builder<byte[]> b = ApiRequest.builder(OPERATION_ID, method, path, ResponseType.of(byte[].class));
    for (Map.Entry<String, String> p : pathParams.entrySet()) {
      b.pathParam(p.getKey(), p.getValue());
    }
    for (Map.Entry<String, String> q : query) {
      b.queryParam(q.getKey(), q.getValue());
    }
    return b.body(body).build();
  }

  /** The per-call options with this request's headers added; a header of {@code options} wins. */
  dev.onecli4j.core.RequestOptions withHeaders(dev.onecli4j.core.RequestOptions options) {
    if (headers.isEmpty()) {
      return options;
    }
    dev.onecli4j.core.RequestOptions.Builder b = options.newBuilder();
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (!containsIgnoreCase(options.headers(), h.getKey())) {
        b.header(h.getKey(), h.getValue());
      }
    }
    return b.build();
  }

  private static boolean containsIgnoreCase(Map<String, String> map, String name) {
    for (String key : map.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    // Values may be credentials: only the shape is shown.
    return "RawRequest{" + method + " " + path + ", query=" + query.size() + ", headers=" + headers.keySet()
        + ", body=" + (body == null ? "none" : body.getNodeType().name().toLowerCase(Locale.ROOT)) + "}";
  }

  /** Builds a {@link RawRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private JsonNode body;
    private boolean badJson;

    private Builder(String method, String path) {
      this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
      this.path = path;
    }

    /**
     * Fills the placeholder {@code {name}} of the path with {@code value}, percent-encoded.
     *
     * @param name the placeholder's name
     * @param value its value
     * @return this builder
     */
    public Builder pathParam(String name, String value) {
      pathParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a query parameter; a name may be added more than once.
     *
     * @param name the parameter's name
     * @param value its value, encoded when sent
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      query.add(new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
      return this;
    }

    /**
     * Adds or replaces a header of this request; it replaces a client header of the same name.
     *
     * @param name the header's name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the value holds a character a header cannot carry
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.put(name, HeaderValues.check(name, Objects.requireNonNull(value, "value")));
      return this;
    }

    /**
     * Sets the body: any value Jackson writes as JSON (a map, a list, a {@link JsonNode}, a
     * model). Every string in it is treated as a credential for masking.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(Object body) {
      this.body = body == null ? null : Json.mapper().valueToTree(body);
      this.badJson = false;
      return this;
    }

    /**
     * Sets the body from JSON text.
     *
     * @param json the body as JSON
     * @return this builder; {@link #build()} refuses text that is not JSON
     */
    public Builder jsonBody(String json) {
      try {
        this.body = Json.mapper().readTree(Objects.requireNonNull(json, "json"));
        this.badJson = body == null;
      } catch (JsonProcessingException e) {
        this.body = null;
        this.badJson = true; // the message would quote the text, which may hold a secret
      }
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onecli4j.validation.ValidationException listing every problem: an unknown
     *     method, a path that is not relative to the base URL or has unfilled placeholders, a
     *     body on a GET or HEAD, body text that is not JSON
     */
    public RawRequest build() {
      Problems problems = Problems.of(OPERATION_ID);
      problems.check(method != null && METHODS.contains(method), "method", "must be one of " + METHODS);
      if (path == null) {
        problems.add("path", "is required");
      } else {
        problems.check(path.startsWith("/") && !path.startsWith("//"), "path", "must start with a single /, relative to the base URL");
        problems.check(path.indexOf('?') < 0 && path.indexOf('#') < 0, "path", "must not hold a query or fragment; use queryParam");
        problems.check(!Arrays.asList(path.split("/", -1)).contains(".."), "path", "must not hold a .. segment");
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
          problems.check(pathParams.containsKey(m.group(1)), "path", "placeholder {" + m.group(1) + "} has no pathParam");
        }
        for (String name : pathParams.keySet()) {
          problems.check(path.contains("{" + name + "}"), "pathParam", name + " has no placeholder in the path");
        }
      }
      problems.check(!badJson, "body", "is not valid JSON");
      problems.check(body == null || !("GET".equals(method) || "HEAD".equals(method)), "body", "is not allowed on " + method);
      problems.throwIfAny();
      return new RawRequest(this);
    }
  }
}
