package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.HeaderValues;
import dev.onecli4j.http.CallContext;
import dev.onecli4j.http.RetryPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.MissingApiKeyException;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ApiTransport;
import dev.onecli4j.validation.RequestValidation;
import dev.onecli4j.validation.WorkspaceRequiredException;
import java.io.IOException;
import java.lang.reflect.Type;
import dev.onecli4j.generated.runtime.Credentials;
import dev.onecli4j.internal.text.KnownSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Authenticator;
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
  /** What attempts are made with: {@link #http}, or the caller's factory wrapped around it. */
  private final Call.Factory calls;
  private final boolean ownsHttp;
  private final Headers defaultHeaders;
  private final AtomicBoolean deprecationWarned;
  private final Consumer<Answer<?>> sink;
  private final ClientLifecycle lifecycle;
  /** Whether every request carries an {@code Authorization} header: the API key or one the caller set. */
  private final boolean hasAuthorization;
  /**
   * The credentials every request of this client carries: API key, credential headers, query
   * values. Never changed; an {@code ArrayList}, which a call copies with one array copy.
   */
  private final ArrayList<String> defaultCredentials;
  /** {@link #defaultCredentials} gathered for masking; made when first needed (an error, a log line). */
  private volatile KnownSecrets defaultSecrets;
  /** Where the gateway's calls go; shared by the copies that talk to the same server. */
  private final GatewayLocator gateway;

  private HttpTransport(
      ClientOptions options,
      OkHttpClient http,
      Call.Factory calls,
      boolean ownsHttp,
      AtomicBoolean deprecationWarned,
      Consumer<Answer<?>> sink,
      ClientLifecycle lifecycle,
      GatewayLocator gateway) {
    this.options = options;
    this.gateway = gateway;
    this.http = http;
    this.calls = calls != null ? calls : callsOf(options, http);
    this.ownsHttp = ownsHttp;
    this.defaultHeaders = defaultHeaders(options);
    this.deprecationWarned = deprecationWarned;
    this.sink = sink;
    this.lifecycle = lifecycle;
    this.defaultCredentials = defaultCredentials(options, defaultHeaders);
    this.hasAuthorization = defaultHeaders.get("Authorization") != null;
  }

  /** A transport for {@code options}; creates an OkHttp client unless the options carry one. */
  public static HttpTransport create(ClientOptions options) {
    boolean owns = options.okHttpClient() == null;
    return new HttpTransport(
        options, httpClientFor(options), null, owns, new AtomicBoolean(), null, ClientLifecycle.root(), new GatewayLocator());
  }

  /**
   * A copy with other options that shares this transport's OkHttp client where it can. Closing
   * this transport closes the copy too; closing the copy closes the copy alone.
   */
  public HttpTransport withOptions(ClientOptions newOptions) {
    OkHttpClient client =
        newOptions.okHttpClient() == options.okHttpClient() ? http : httpClientFor(newOptions);
    GatewayLocator locator = newOptions.baseUrl().equals(options.baseUrl()) ? gateway : new GatewayLocator();
    Call.Factory sameCalls = client == http && newOptions.callFactory() == options.callFactory() ? calls : null;
    return new HttpTransport(newOptions, client, sameCalls, false, deprecationWarned, sink, lifecycle.child(), locator);
  }

  /** A copy that hands every raw answer to {@code sink} before returning its body; closed with this one. */
  public HttpTransport capturing(Consumer<Answer<?>> sink) {
    return new HttpTransport(options, http, calls, false, deprecationWarned, sink, lifecycle, gateway);
  }

  /** This transport without the raw-answer sink: for the SDK's own calls within a call. */
  private HttpTransport withoutSink() {
    return sink == null ? this : new HttpTransport(options, http, calls, false, deprecationWarned, null, lifecycle, gateway);
  }

  /** Whether this transport, or the one it was copied from, is closed. */
  public boolean isClosed() {
    return lifecycle.isClosed();
  }

  /** The options this transport applies. */
  public ClientOptions options() {
    return options;
  }

  /** The mapper used for bodies. */
  public ObjectMapper mapper() {
    return Json.mapper();
  }

  /** What each attempt's call is made with. */
  Call.Factory calls() {
    return calls;
  }

  /** Whether attempts go through a caller's {@link ClientOptions#callFactory()}. */
  boolean wrapsCalls() {
    return calls != http;
  }

  private static Call.Factory callsOf(ClientOptions options, OkHttpClient http) {
    if (options.callFactory() == null) {
      return http;
    }
    Call.Factory factory = options.callFactory().apply(http);
    if (factory == null) {
      throw new IllegalArgumentException("callFactory: the wrapper returned null instead of a Call.Factory");
    }
    return factory;
  }

  /**
   * The masking of a call whose {@code credentials} are exactly those every call of this client
   * carries, made once for all such calls; null for other credentials.
   */
  KnownSecrets defaultSecrets(List<String> credentials) {
    if (!credentials.equals(defaultCredentials)) {
      return null;
    }
    KnownSecrets secrets = defaultSecrets;
    if (secrets == null) {
      secrets = KnownSecrets.of(defaultCredentials);
      defaultSecrets = secrets;
    }
    return secrets;
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

  /**
   * Sends the request and returns the whole answer. An interrupt of the calling thread ends the
   * call promptly with {@link dev.onecli4j.error.CallInterruptedException}, the flag left set.
   */
  public <T> Answer<T> executeRaw(ApiRequest<T> request, RequestOptions requestOptions) {
    lifecycle.ensureOpen(request.operationId());
    checkLocally(request, requestOptions);
    HttpUrl base = GatewayLocator.isFor(request) ? gateway.base(withoutSink(), requestOptions) : options.baseUrl();
    CallState<T> state = newCall(request, requestOptions, base);
    state.begin(true);
    if (Thread.currentThread().isInterrupted()) {
      throw state.onInterrupt(null).error();
    }
    while (true) {
      Call call = state.nextAttempt();
      AttemptOutcome<T> outcome;
      InterruptWatch.Watched watch = InterruptWatch.watch(call);
      try {
        outcome = state.onResponse(call.execute());
      } catch (IOException e) {
        outcome = state.onFailure(e);
      } catch (RuntimeException e) {
        outcome = state.onUnexpected(e);
      } catch (Error e) {
        throw state.end(e);
      } catch (Exception e) {
        // OkHttp's connect can throw a checked InterruptedException it does not declare.
        outcome = e instanceof InterruptedException ? state.onInterrupt(e) : state.onUnexpected(e);
      } finally {
        watch.close();
      }
      afterAttempt();
      if (outcome.isSuccess()) {
        return deliver(outcome.response());
      }
      if (!outcome.isRetry()) {
        throw outcome.error();
      }
      try {
        options.sleeper().sleep(outcome.retryDelay());
      } catch (InterruptedException e) {
        throw state.onInterrupt(e).error();
      }
    }
  }

  /**
   * Sends the request without blocking and completes with the whole answer. Cancelling the
   * future, or any stage derived from it, cancels the call: the attempt in flight is cancelled
   * and no retry follows.
   */
  public <T> CompletableFuture<Answer<T>> executeRawAsync(
      ApiRequest<T> request, RequestOptions requestOptions) {
    if (lifecycle.isClosed()) {
      CompletableFuture<Answer<T>> failed = new CompletableFuture<>();
      failed.completeExceptionally(ClientLifecycle.closed(request.operationId()));
      return failed;
    }
    HttpUrl base;
    try {
      checkLocally(request, requestOptions);
      base = GatewayLocator.isFor(request) ? gateway.known(options) : options.baseUrl();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (base == null) {
      return viaGateway(request, requestOptions);
    }
    CallState<T> state;
    try {
      state = newCall(request, requestOptions, base);
    } catch (RuntimeException e) {
      CompletableFuture<Answer<T>> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    CallFuture<Answer<T>> future = new CallFuture<>(state::cancel);
    state.cancelling(future);
    state.begin(false);
    startAttempt(state, future);
    return future;
  }

  /**
   * A call to the gateway whose address is not known yet: asks the server first, then sends.
   * Cancelling the returned future cancels whichever of the two is in flight.
   */
  private <T> CompletableFuture<Answer<T>> viaGateway(ApiRequest<T> request, RequestOptions ro) {
    java.util.concurrent.atomic.AtomicReference<CompletableFuture<?>> inFlight = new java.util.concurrent.atomic.AtomicReference<>();
    CallFuture<Answer<T>> future = new CallFuture<>(() -> inFlight.get().cancel(true));
    CompletableFuture<HttpUrl> located = gateway.baseAsync(withoutSink(), ro);
    inFlight.set(located);
    located.whenComplete((base, failure) -> {
      if (failure != null) {
        future.completeExceptionally(failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure);
        return;
      }
      if (future.isDone()) {
        return;
      }
      CompletableFuture<Answer<T>> call = executeRawAsync(request, ro);
      inFlight.set(call);
      call.whenComplete((answer, error) -> {
        if (error != null) {
          future.completeExceptionally(error);
        } else {
          future.complete(answer);
        }
      });
    });
    return future;
  }

  private <T> void startAttempt(CallState<T> state, CompletableFuture<Answer<T>> future) {
    if (future.isDone() || state.isCancelled()) {
      return;
    }
    Call call;
    try {
      call = state.nextAttempt();
    } catch (Throwable e) {
      future.completeExceptionally(state.end(e));
      return;
    }
    try {
      call.enqueue(
          new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
              settle(state, () -> state.onFailure(e), future);
            }

            @Override
            public void onResponse(Call c, Response response) {
              settle(state, () -> state.onResponse(response), future);
            }
          });
    } catch (Throwable e) {
      future.completeExceptionally(state.end(e));
    }
  }

  private <T> void settle(
      CallState<T> state, Supplier<AttemptOutcome<T>> attempt, CompletableFuture<Answer<T>> future) {
    try {
      AttemptOutcome<T> outcome = attempt.get();
      afterAttempt();
      if (outcome.isSuccess()) {
        future.complete(deliver(outcome.response()));
      } else if (outcome.isRetry()) {
        if (!state.isCancelled()) {
          options.sleeper().delay(outcome.retryDelay()).whenComplete((v, t) -> startAttempt(state, future));
        }
      } else {
        future.completeExceptionally(outcome.error());
      }
    } catch (Throwable t) {
      // Whatever went wrong (a hook, a bug), the future must complete.
      future.completeExceptionally(state.end(t));
    }
  }

  private <T> Answer<T> deliver(Answer<T> response) {
    if (sink != null) {
      sink.accept(response);
    }
    return response;
  }

  /** After a call of a closed client that shares an SDK-made pool: the connection it used is closed too. */
  private void afterAttempt() {
    if (options.okHttpClient() == null && lifecycle.isClosed()) {
      http.connectionPool().evictAll();
    }
  }

  /**
   * The local checks before anything is sent: an API key for an operation that needs one; when
   * validation is on, the body against the server's rules, and a workspace for an organization
   * key on a workspace's route.
   */
  private void checkLocally(ApiRequest<?> request, RequestOptions ro) {
    if (!hasAuthorization && !"none".equals(request.attribute("auth")) && !setsAuthorization(ro)) {
      throw new MissingApiKeyException(
          request.operationId()
              + " needs an API key, and this client was built without one; nothing was sent. Set apiKey(...) on"
              + " the builder (or ONECLI_API_KEY with fromEnv()); a client without a key serves only the"
              + " operations that need none, such as utility().health()");
    }
    if (options.validation()) {
      RequestValidation.check(request);
      if (WorkspaceScope.lacksWorkspace(request, options, ro)) {
        throw new WorkspaceRequiredException(request.operationId());
      }
    }
  }

  private <T> CallState<T> newCall(ApiRequest<T> request, RequestOptions ro, HttpUrl base) {
    List<String> credentials = new ArrayList<>(defaultCredentials);
    byte[] body = serialize(request, credentials);
    // Handed to the call state as well as tagged on the request: reading a tag back costs a
    // look-up per call, noticeable while the JIT has not yet compiled this path.
    AttemptGuard.Budget budget = new AttemptGuard.Budget();
    Request httpRequest = buildRequest(request, ro, body, credentials, base, budget);
    Duration attemptTimeout = ro.timeout() != null ? ro.timeout() : options.timeout();
    Duration callTimeout = ro.callTimeout() != null ? ro.callTimeout() : options.callTimeout();
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.retryPolicy().maxRetries();
    return new CallState<>(
        this, request, httpRequest, budget, body, credentials, attemptTimeout, callTimeout, maxRetries);
  }

  /** The body as JSON; the credential values it holds are added to {@code credentials}. */
  private byte[] serialize(ApiRequest<?> request, List<String> credentials) {
    if (!request.additionalBodyProperties().isEmpty()) {
      return AdditionalBody.merge(request, serializeBody(request, credentials), credentials);
    }
    return serializeBody(request, credentials);
  }

  /** The body object as JSON, without additional properties. */
  private static byte[] serializeBody(ApiRequest<?> request, List<String> credentials) {
    if (request.body() == null) {
      return null;
    }
    try {
      Object body = request.body();
      if (body instanceof Map) {
        RequestCredentials.fromMapBody(body, credentials); // the API's free-form bodies are credential maps
      } else if (body instanceof JsonNode) {
        RequestCredentials.fromJsonStrings((JsonNode) body, credentials); // a raw request's body: shape unknown
      }
      return WRITERS.computeIfAbsent(body.getClass(), c -> Json.mapper().writerFor(c))
          .withAttribute(Credentials.COLLECTOR, credentials)
          .writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new OneCliException(
          "could not write the body of " + request.operationId() + ": " + e.getOriginalMessage(), null);
    }
  }

  private Request buildRequest(
      ApiRequest<?> request,
      RequestOptions ro,
      byte[] body,
      List<String> credentials,
      HttpUrl base,
      AttemptGuard.Budget budget) {
    HttpUrl.Builder url = base.newBuilder();
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
        credentials.add(q.getValue());
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
      if (!ro.headers().isEmpty()) {
        RequestCredentials.fromHeaders(Headers.of(ro.headers()), credentials);
      }
    }
    boolean oneShot = !RetryPolicy.isIdempotent(request.method());
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = new JsonBody(body, JSON, oneShot);
    } else if (needsBody(request.method())) {
      requestBody = new JsonBody(EMPTY, null, oneShot);
    }
    return new Request.Builder()
        .url(url.build())
        .headers(headers)
        .method(request.method(), requestBody)
        .tag(AttemptGuard.Budget.class, budget)
        .tag(CallContext.class, new CallContext(request.operationId(), request.method(), request.pathTemplate(), 1, !oneShot, ro.tags()))
        .build();
  }

  /** Whether the per-call options set an {@code Authorization} header (names ignore case). */
  private static boolean setsAuthorization(RequestOptions ro) {
    if (ro.headers().isEmpty()) {
      return false; // the common case, without an iterator
    }
    for (String name : ro.headers().keySet()) {
      if (name.equalsIgnoreCase("Authorization")) {
        return true;
      }
    }
    return false;
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

  void noteDeprecation(Response response, ApiRequest<?> request, Supplier<KnownSecrets> secrets) {
    String deprecation = response.header("Deprecation");
    if (deprecation != null && deprecationWarned.compareAndSet(false, true)) {
      String link = response.header("Link");
      HttpLog.LOG.warn(
          "The server marks {} {} as deprecated (Deprecation: {}{}){}",
          request.method(),
          request.pathTemplate(),
          HttpLog.safeValue("Deprecation", deprecation, secrets.get()),
          link == null ? "" : ", Link: " + HttpLog.safeValue("Link", link, secrets.get()),
          options.projectId() != null
              ? "; X-Project-Id is a legacy alias: configure workspaceId instead of projectId"
              : "");
    }
  }

  /**
   * Closes this transport and every copy made from it: from now on their calls fail at once with
   * {@link dev.onecli4j.error.ClientClosedException} and send nothing, and a retry of a call in
   * flight does not start. Releases the connection pool and threads if this transport created
   * them; a caller's own OkHttp client is left as it is.
   */
  @Override
  public void close() {
    lifecycle.close();
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

  /**
   * The OkHttp client the SDK sends with: the caller's (its pool, dispatcher, interceptors, proxy
   * and TLS kept) or one of its own; either way with redirects off (they would hide the authorize
   * endpoints' Location) and with OkHttp's own silent repeats off: {@code
   * retryOnConnectionFailure}, its 401 authenticator, and its follow-ups of 408 and 503 answers
   * (see {@link AttemptGuard}). Every request the server sees is then an attempt the SDK decided.
   */
  static OkHttpClient httpClientFor(ClientOptions options) {
    OkHttpClient.Builder b;
    if (options.okHttpClient() != null) {
      b = options.okHttpClient().newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(256);
      dispatcher.setMaxRequestsPerHost(256);
      b =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectTimeout(Math.min(options.timeout().toMillis(), 10_000), TimeUnit.MILLISECONDS)
              // Each attempt is bounded by its call timeout; socket timeouts would cut it shorter.
              .readTimeout(0, TimeUnit.MILLISECONDS)
              .writeTimeout(0, TimeUnit.MILLISECONDS);
    }
    b.followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .authenticator(Authenticator.NONE);
    b.networkInterceptors().add(0, AttemptGuard.NETWORK);
    b.addInterceptor(AttemptGuard.APPLICATION);
    return b.build();
  }

  /** The API key, the values of credential headers among {@code headers}, and the client's query values. */
  private static ArrayList<String> defaultCredentials(ClientOptions options, Headers headers) {
    ArrayList<String> credentials = new ArrayList<>(4);
    if (options.apiKey() != null) {
      credentials.add(options.apiKey());
    }
    RequestCredentials.fromHeaders(headers, credentials);
    credentials.addAll(options.queryParams().values());
    return credentials; // never changed: each call copies it
  }

  /**
   * A JSON (or empty) body; one-shot for non-idempotent methods, empty ones included, so that
   * OkHttp never resends it by itself.
   */
  private static final class JsonBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;
    private final boolean oneShot;

    JsonBody(byte[] bytes, MediaType type, boolean oneShot) {
      this.bytes = bytes;
      this.type = type;
      this.oneShot = oneShot;
    }

    @Override
    public MediaType contentType() {
      return type;
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
