package dev.onecli4j.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an SDK call is, carried as the tag of every OkHttp request the SDK sends: interceptors and
 * call factories read it with {@code request.tag(CallContext.class)} to name spans, label metrics
 * or log. Immutable; each attempt of a call gets its own.
 *
 * <pre>{@code
 * Interceptor timing = chain -> {
 *   CallContext call = chain.request().tag(CallContext.class);
 *   // call.operationId(), call.attempt(), call.idempotent(), call.tags()
 *   return chain.proceed(chain.request());
 * };
 * }</pre>
 */
public final class CallContext {
  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final int attempt;
  private final boolean idempotent;
  private final Map<String, String> tags;

  /**
   * Creates a context.
   *
   * @param operationId the operation, e.g. {@code createSecret} ({@code rawRequest} for a raw call)
   * @param method the HTTP method
   * @param pathTemplate the path with {@code {name}} placeholders, e.g. {@code /secrets/{secretId}}
   * @param attempt the attempt, from 1
   * @param idempotent whether the SDK treats the method as idempotent
   * @param tags the caller's tags of this call (see {@code RequestOptions.Builder.tag})
   */
  public CallContext(
      String operationId, String method, String pathTemplate, int attempt, boolean idempotent, Map<String, String> tags) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.method = Objects.requireNonNull(method, "method");
    this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
    }
    this.attempt = attempt;
    this.idempotent = idempotent;
    this.tags = tags.isEmpty() ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  private CallContext(CallContext call, int attempt) {
    this.operationId = call.operationId;
    this.method = call.method;
    this.pathTemplate = call.pathTemplate;
    this.attempt = attempt;
    this.idempotent = call.idempotent;
    this.tags = call.tags;
  }

  /**
   * The operation, e.g. {@code createSecret}; {@code rawRequest} for a call made with {@code
   * rawRequest}.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
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
   * The path relative to the base URL with {@code {name}} placeholders, e.g. {@code
   * /secrets/{secretId}}: a low-cardinality name for a route.
   *
   * @return the path template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Which attempt of the call this request is: 1 for the first, 2 for the first retry.
   *
   * @return the attempt number
   */
  public int attempt() {
    return attempt;
  }

  /**
   * Whether the SDK treats the method as idempotent ({@link RetryPolicy#isIdempotent}): only such
   * calls, and calls the server cannot have acted on, are retried.
   *
   * @return whether the call may be repeated safely
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * The caller's tags of this call, set with {@code RequestOptions.Builder.tag}. Unmodifiable.
   *
   * @return the tags, empty when none were set
   */
  public Map<String, String> tags() {
    return tags;
  }

  /**
   * The same call at another attempt.
   *
   * @param attempt the attempt, from 1
   * @return the context of that attempt
   */
  public CallContext withAttempt(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
    }
    return new CallContext(this, attempt);
  }

  @Override
  public String toString() {
    // Tag values are the caller's; only their names are shown.
    return "CallContext{" + operationId + " " + method + " " + pathTemplate + ", attempt=" + attempt
        + ", idempotent=" + idempotent + ", tags=" + tags.keySet() + "}";
  }
}
