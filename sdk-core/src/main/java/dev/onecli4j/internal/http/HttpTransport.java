package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.HeaderValues;
import dev.onecli4j.http.RetryPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ApiTransport;
import dev.onecli4j.validation.RequestValidation;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Sends {@link ApiRequest}s over OkHttp: adds authentication and default headers, applies
 * timeouts, retries by the {@link RetryPolicy}, maps error answers to exceptions and parses
 * success bodies. Immutable and thread-safe; copies made by {@link #withOptions} share the
 * OkHttp connection pool.
 *
 * <p>Used by the SDK's services; most applications never touch it directly.
 */
public final class HttpTransport implements ApiTransport, AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final byte[] EMPTY = new byte[0];
  private static final Map<Type, ObjectReader> READERS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

  private final ClientOptions options;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Headers defaultHeaders;
  private final AtomicBoolean deprecationWarned;
  private final Consumer<Answer<?>> sink;

  private HttpTransport(
      ClientOptions options,
      OkHttpClient http,
      boolean ownsHttp,
      AtomicBoolean deprecationWarned,
      Consumer<Answer<?>> sink) {
    this.options = options;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.defaultHeaders = defaultHeaders(options);
    this.deprecationWarned = deprecationWarned;
    this.sink = sink;
  }

  /** A transport for {@code options}; creates an OkHttp client unless the options carry one. */
  public static HttpTransport create(ClientOptions options) {
    boolean owns = options.okHttpClient() == null;
    return new HttpTransport(options, httpClientFor(options), owns, new AtomicBoolean(), null);
  }

  /** A copy with other options that shares this transport's OkHttp client where it can. */
  public HttpTransport withOptions(ClientOptions newOptions) {
    OkHttpClient client =
        newOptions.okHttpClient() == options.okHttpClient() ? http : httpClientFor(newOptions);
    return new HttpTransport(newOptions, client, false, deprecationWarned, sink);
  }

  /** A copy that hands every raw answer to {@code sink} before returning its body. */
  public HttpTransport capturing(Consumer<Answer<?>> sink) {
    return new HttpTransport(options, http, false, deprecationWarned, sink);
  }

  /** The options this transport applies. */
  public ClientOptions options() {
    return options;
  }

  /** The mapper used for bodies. */
  public ObjectMapper mapper() {
    return Json.mapper();
  }

  OkHttpClient http() {
    return http;
  }

  @Override
  public <T> T execute(ApiRequest<T> request) {
    return execute(request, RequestOptions.none());
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return executeAsync(request, RequestOptions.none());
  }

  /** Sends the request with per-call options and returns the parsed body. */
  public <T> T execute(ApiRequest<T> request, RequestOptions requestOptions) {
    return executeRaw(request, requestOptions).body();
  }

  /** Sends the request without blocking and completes with the parsed body. */
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request, RequestOptions requestOptions) {
    return executeRawAsync(request, requestOptions).thenApply(Answer::body);
  }

  /** Sends the request and returns the whole answer. */
  public <T> Answer<T> executeRaw(ApiRequest<T> request, RequestOptions requestOptions) {
    CallState<T> state = newCall(request, requestOptions);
    while (true) {
      Call call = state.nextAttempt();
      AttemptOutcome<T> outcome;
      try {
        outcome = state.onResponse(call.execute());
      } catch (IOException e) {
        outcome = state.onFailure(e);
      }
      if (outcome.isSuccess()) {
        return deliver(outcome.response());
      }
      if (!outcome.isRetry()) {
        throw outcome.error();
      }
      sleep(outcome.retryDelay());
    }
  }

  /** Sends the request without blocking and completes with the whole answer. */
  public <T> CompletableFuture<Answer<T>> executeRawAsync(
      ApiRequest<T> request, RequestOptions requestOptions) {
    CompletableFuture<Answer<T>> future = new CompletableFuture<>();
    try {
      startAttempt(newCall(request, requestOptions), future);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private <T> void startAttempt(CallState<T> state, CompletableFuture<Answer<T>> future) {
    if (future.isDone()) {
      return;
    }
    Call call;
    try {
      call = state.nextAttempt();
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return;
    }
    future.whenComplete(
        (r, t) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            settle(state, state.onFailure(e), future);
          }

          @Override
          public void onResponse(Call c, Response response) {
            settle(state, state.onResponse(response), future);
          }
        });
  }

  private <T> void settle(
      CallState<T> state, AttemptOutcome<T> outcome, CompletableFuture<Answer<T>> future) {
    if (outcome.isSuccess()) {
      try {
        future.complete(deliver(outcome.response()));
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    } else if (outcome.isRetry()) {
      options.sleeper().delay(outcome.retryDelay()).whenComplete((v, t) -> startAttempt(state, future));
    } else {
      future.completeExceptionally(outcome.error());
    }
  }

  private <T> Answer<T> deliver(Answer<T> response) {
    if (sink != null) {
      sink.accept(response);
    }
    return response;
  }

  private void sleep(Duration delay) {
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OneCliException("interrupted while waiting to retry", e);
    }
  }

  private <T> CallState<T> newCall(ApiRequest<T> request, RequestOptions ro) {
    if (options.validation()) {
      RequestValidation.check(request);
    }
    byte[] body = serialize(request);
    Request httpRequest = buildRequest(request, ro, body);
    Duration attemptTimeout = ro.timeout() != null ? ro.timeout() : options.timeout();
    Duration callTimeout = ro.callTimeout() != null ? ro.callTimeout() : options.callTimeout();
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.retryPolicy().maxRetries();
    return new CallState<>(this, request, httpRequest, body, attemptTimeout, callTimeout, maxRetries);
  }

  private byte[] serialize(ApiRequest<?> request) {
    if (request.body() == null) {
      return null;
    }
    try {
      Object body = request.body();
      return WRITERS.computeIfAbsent(body.getClass(), c -> Json.mapper().writerFor(c)).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new OneCliException(
          "could not write the body of " + request.operationId() + ": " + e.getOriginalMessage(), null);
    }
  }

  private Request buildRequest(ApiRequest<?> request, RequestOptions ro, byte[] body) {
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    url.addEncodedPathSegments(request.path().substring(1));
    // The loops are guarded: iterating an empty unmodifiable map still allocates iterators.
    if (!request.query().isEmpty()) {
      for (Map.Entry<String, String> q : request.query()) {
        url.addQueryParameter(q.getKey(), q.getValue());
      }
    }
    if (!options.queryParams().isEmpty()) {
      for (Map.Entry<String, String> q : options.queryParams().entrySet()) {
        url.addQueryParameter(q.getKey(), q.getValue());
      }
    }
    if (!ro.queryParams().isEmpty()) {
      for (Map.Entry<String, String> q : ro.queryParams().entrySet()) {
        url.setQueryParameter(q.getKey(), q.getValue());
      }
    }
    Headers headers = defaultHeaders;
    if (!ro.headers().isEmpty() || !isDefault(request.headers())) {
      Headers.Builder h = defaultHeaders.newBuilder();
      for (Map.Entry<String, String> e : request.headers().entrySet()) {
        h.set(e.getKey(), HeaderValues.check(e.getKey(), e.getValue()));
      }
      for (Map.Entry<String, String> e : ro.headers().entrySet()) {
        h.set(e.getKey(), HeaderValues.check(e.getKey(), e.getValue()));
      }
      headers = h.build();
    }
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = new JsonBody(body, !RetryPolicy.isIdempotent(request.method()));
    } else if (needsBody(request.method())) {
      requestBody = RequestBody.create(EMPTY, null);
    }
    return new Request.Builder()
        .url(url.build())
        .headers(headers)
        .method(request.method(), requestBody)
        .build();
  }

  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  ObjectReader readerFor(Type type) {
    // Reading past the value to the end of the body turns a body cut short after a complete JSON
    // value into the I/O failure it is, and refuses trailing garbage.
    return READERS.computeIfAbsent(
        type,
        t -> Json.mapper().readerFor(Json.mapper().constructType(t)).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  void noteDeprecation(Response response, ApiRequest<?> request) {
    String deprecation = response.header("Deprecation");
    if (deprecation != null && deprecationWarned.compareAndSet(false, true)) {
      HttpLog.LOG.warn(
          "The server marks {} {} as deprecated (Deprecation: {}{}){}",
          request.method(),
          request.pathTemplate(),
          deprecation,
          response.header("Link") == null ? "" : ", Link: " + response.header("Link"),
          options.projectId() != null
              ? "; X-Project-Id is a legacy alias: configure workspaceId instead of projectId"
              : "");
    }
  }

  /** Releases the connection pool and threads, if this transport created them. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Whether every header the operation sets already has that value among the client's headers. */
  private boolean isDefault(Map<String, String> operationHeaders) {
    if (operationHeaders.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, String> e : operationHeaders.entrySet()) {
      // The client's headers are built with set(): one value per name.
      if (!e.getValue().equals(defaultHeaders.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static Headers defaultHeaders(ClientOptions options) {
    Headers.Builder h = new Headers.Builder();
    if (options.apiKey() != null) {
      h.set("Authorization", "Bearer " + HeaderValues.check("Authorization", options.apiKey()));
    }
    h.set("Accept", "application/json");
    h.set("User-Agent", UserAgent.value());
    if (options.workspaceId() != null) {
      h.set("X-Workspace-Id", HeaderValues.check("X-Workspace-Id", options.workspaceId()));
    }
    if (options.projectId() != null) {
      h.set("X-Project-Id", HeaderValues.check("X-Project-Id", options.projectId()));
    }
    for (Map.Entry<String, String> e : options.headers().entrySet()) {
      h.set(e.getKey(), HeaderValues.check(e.getKey(), e.getValue()));
    }
    return h.build();
  }

  private static OkHttpClient httpClientFor(ClientOptions options) {
    if (options.okHttpClient() != null) {
      // The caller's client keeps its pool, dispatcher, interceptors, proxy and TLS; the SDK
      // only stops redirects, which would otherwise hide the authorize endpoints' Location.
      return options.okHttpClient().newBuilder().followRedirects(false).followSslRedirects(false).build();
    }
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(Math.min(options.timeout().toMillis(), 10_000), TimeUnit.MILLISECONDS)
        // Each attempt is bounded by its call timeout; socket timeouts would cut it shorter.
        .readTimeout(0, TimeUnit.MILLISECONDS)
        .writeTimeout(0, TimeUnit.MILLISECONDS)
        .build();
  }

  /** A JSON body; one-shot for non-idempotent methods so OkHttp never silently resends it. */
  private static final class JsonBody extends RequestBody {
    private final byte[] bytes;
    private final boolean oneShot;

    JsonBody(byte[] bytes, boolean oneShot) {
      this.bytes = bytes;
      this.oneShot = oneShot;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }
}
