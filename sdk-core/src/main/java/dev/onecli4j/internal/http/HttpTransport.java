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
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
import org.jspecify.annotations.Nullable;

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
  private static final int MAX_FIXED_URLS = 256;

  private final ClientOptions options;
  /** The OkHttp client whose pool and dispatcher the calls use (the {@code http} half of {@link #own}). */
  private final OkHttpClient http;
  /** The SDK's own client, when the caller gave none: TLS set up at the first {@code https} request. */
  private final SdkHttpClients own;
  /** What attempts are made with: {@link #http}, {@link #own}, or the caller's factory wrapped around them. */
  private final Call.Factory calls;
  /** Whether {@link #calls} is a caller's factory (one that hands back the client it was given does not count). */
  private final boolean wrapsCalls;
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
  /** The URLs of fixed paths, by path (see {@link #fixedUrl}). */
  private final Map<String, HttpUrl> fixedUrls = new ConcurrentHashMap<>();

  private HttpTransport(
      ClientOptions options,
      OkHttpClient http,
      SdkHttpClients own,
      Call.Factory calls,
      boolean ownsHttp,
      AtomicBoolean deprecationWarned,
      Consumer<Answer<?>> sink,
      ClientLifecycle lifecycle,
      GatewayLocator gateway) {
    this.options = options;
    this.gateway = gateway;
    this.http = http;
    this.own = own;
    this.calls = calls != null ? calls : callsOf(options, http, own);
    this.wrapsCalls =
        this.calls != http && this.calls != own && (own == null || this.calls != own.fullIfMade());
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
    SdkHttpClients own = ownClientsFor(options);
    return new HttpTransport(
        options, clientOf(options, own), own, null, owns, new AtomicBoolean(), null, ClientLifecycle.root(), new GatewayLocator());
  }

  /**
   * A copy with other options that shares this transport's OkHttp client where it can. Closing
   * this transport closes the copy too; closing the copy closes the copy alone.
   */
  public HttpTransport withOptions(ClientOptions newOptions) {
    boolean sameClient = newOptions.okHttpClient() == options.okHttpClient();
    SdkHttpClients clients = sameClient ? own : ownClientsFor(newOptions);
    OkHttpClient client = sameClient ? http : clientOf(newOptions, clients);
    GatewayLocator locator = newOptions.baseUrl().equals(options.baseUrl()) ? gateway : new GatewayLocator();
    Call.Factory sameCalls = sameClient && newOptions.callFactory() == options.callFactory() ? calls : null;
    return new HttpTransport(newOptions, client, clients, sameCalls, false, deprecationWarned, sink, lifecycle.child(), locator);
  }

  /** A copy that hands every raw answer to {@code sink} before returning its body; closed with this one. */
  public HttpTransport capturing(Consumer<Answer<?>> sink) {
    return new HttpTransport(options, http, own, calls, false, deprecationWarned, sink, lifecycle, gateway);
  }

  /** This transport without the raw-answer sink: for the SDK's own calls within a call. */
  private HttpTransport withoutSink() {
    return sink == null ? this : new HttpTransport(options, http, own, calls, false, deprecationWarned, null, lifecycle, gateway);
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
    return wrapsCalls;
  }

  private static Call.Factory callsOf(ClientOptions options, OkHttpClient http, SdkHttpClients own) {
    if (options.callFactory() == null) {
      return own != null ? own : http;
    }
    // A caller's factory gets one client for both schemes.
    Call.Factory factory = options.callFactory().apply(own != null ? own.full() : http);
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
    List<String> credentials = new ArrayList<>(defaultCredentials);
    byte[] json = checkedBody(request, requestOptions, credentials);
    HttpUrl base = GatewayLocator.isFor(request) ? gateway.base(withoutSink(), requestOptions) : options.baseUrl();
    CallState<T> state = newCall(request, requestOptions, base, credentials, json);
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
    List<String> credentials = new ArrayList<>(defaultCredentials);
    byte[] json;
    try {
      json = checkedBody(request, requestOptions, credentials);
      base = GatewayLocator.isFor(request) ? gateway.known(options) : options.baseUrl();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (base == null) {
      return viaGateway(request, requestOptions);
    }
    CallState<T> state;
    try {
      state = newCall(request, requestOptions, base, credentials, json);
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
   * The body as JSON (without additional properties), after the local checks before anything is
   * sent: an API key for an operation that needs one; when validation is on, the body against the
   * server's rules, and a workspace for an organization key on a workspace's route. The body is
   * written once for the checks and the request; the credential values it holds are added to
   * {@code credentials}.
   */
  private byte[] checkedBody(ApiRequest<?> request, RequestOptions ro, List<String> credentials) {
    if (!hasAuthorization && !"none".equals(request.attribute("auth")) && !setsAuthorization(ro)) {
      throw new MissingApiKeyException(
          request.operationId()
              + " needs an API key, and this client was built without one; nothing was sent. Set apiKey(...) on"
              + " the builder (or ONECLI_API_KEY with fromEnv()); a client without a key serves only the"
              + " operations that need none, such as utility().health()");
    }
    if (!options.validation()) {
      return serializeBody(request, credentials);
    }
    byte[] json;
    if (request.body() != null && RequestValidation.checksBody(request.operationId())) {
      // The body is written once, as tokens: the rules read their tree from them (the strings
      // shared, not copied) and the bytes sent are written from them.
      TokenBuffer tokens = new TokenBuffer(Json.mapper(), false);
      writeBody(request, credentials, tokens);
      RequestValidation.check(request, tokens);
      json = bytes(request, tokens);
    } else {
      json = serializeBody(request, credentials);
      RequestValidation.check(request, null);
    }
    if (WorkspaceScope.lacksWorkspace(request, options, ro)) {
      throw new WorkspaceRequiredException(request.operationId());
    }
    return json;
  }

  private <T> CallState<T> newCall(
      ApiRequest<T> request, RequestOptions ro, HttpUrl base, List<String> credentials, byte[] json) {
    byte[] body =
        request.additionalBodyProperties().isEmpty() ? json : AdditionalBody.merge(request, json, credentials);
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

  /** The body object as JSON, without additional properties. */
  private static byte[] serializeBody(ApiRequest<?> request, List<String> credentials) {
    if (request.body() == null) {
      return null;
    }
    try {
      return writer(request, credentials).writeValueAsBytes(request.body());
    } catch (JsonProcessingException e) {
      throw unwritable(request, e);
    }
  }

  /** Writes the body object, without additional properties, into {@code tokens}. */
  private static void writeBody(ApiRequest<?> request, List<String> credentials, TokenBuffer tokens) {
    try {
      writer(request, credentials).writeValue(tokens, request.body());
    } catch (IOException e) {
      throw unwritable(request, e);
    }
  }

  /** The JSON of a body written into {@code tokens}. */
  private static byte[] bytes(ApiRequest<?> request, TokenBuffer tokens) {
    try {
      return TokenWriter.WRITER.writeValueAsBytes(tokens);
    } catch (JsonProcessingException e) {
      throw unwritable(request, e);
    }
  }

  /**
   * The writer of the request's body that adds the credential values the body holds to {@code
   * credentials}.
   */
  private static ObjectWriter writer(ApiRequest<?> request, List<String> credentials) {
    Object body = request.body();
    if (body instanceof Map) {
      RequestCredentials.fromMapBody(body, credentials); // the API's free-form bodies are credential maps
    } else if (body instanceof JsonNode) {
      RequestCredentials.fromJsonStrings((JsonNode) body, credentials); // a raw request's body: shape unknown
    }
    return WRITERS.computeIfAbsent(body.getClass(), c -> Json.mapper().writerFor(c))
        .withAttribute(Credentials.COLLECTOR, credentials);
  }

  /** The writer of bodies held as tokens, made at the first one (a client that only reads needs none). */
  private static final class TokenWriter {
    static final ObjectWriter WRITER = Json.mapper().writerFor(TokenBuffer.class);
  }

  private static OneCliException unwritable(ApiRequest<?> request, IOException e) {
    String why = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getClass().getName();
    return new OneCliException("could not write the body of " + request.operationId() + ": " + why, null);
  }

  private Request buildRequest(
      ApiRequest<?> request,
      RequestOptions ro,
      byte[] body,
      List<String> credentials,
      HttpUrl base,
      AttemptGuard.Budget budget) {
    HttpUrl fixed = fixedUrl(request, ro, base);
    Request.Builder b = new Request.Builder().url(fixed != null ? fixed : url(request, ro, credentials, base));
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
    return b.headers(headers)
        .method(request.method(), requestBody)
        .tag(AttemptGuard.Budget.class, budget)
        .tag(CallContext.class, new CallContext(request.operationId(), request.method(), request.pathTemplate(), 1, !oneShot, ro.tags()))
        .build();
  }

  /**
   * The URL of an operation whose path has no parameters, when the call adds no query: made once
   * per path and kept (the spec's fixed paths are few; the cache stops growing at {@value
   * #MAX_FIXED_URLS} paths, for raw requests). Otherwise {@code null}.
   */
  private @Nullable HttpUrl fixedUrl(ApiRequest<?> request, RequestOptions ro, HttpUrl base) {
    if (base != options.baseUrl()
        || !request.query().isEmpty()
        || !options.queryParams().isEmpty()
        || !ro.queryParams().isEmpty()
        || !request.path().equals(request.pathTemplate())) {
      return null;
    }
    HttpUrl url = fixedUrls.get(request.path());
    if (url == null) {
      url = base.newBuilder().addEncodedPathSegments(request.path().substring(1)).build();
      if (fixedUrls.size() < MAX_FIXED_URLS) {
        fixedUrls.put(request.path(), url);
      }
    }
    return url;
  }

  /** The URL of a call: the base, the request's path, the request's, the client's and the call's query. */
  private HttpUrl url(ApiRequest<?> request, RequestOptions ro, List<String> credentials, HttpUrl base) {
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
    return url.build();
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
    // value into the I/O failure it is, and refuses trailing garbage. Readers are immutable: a race
    // that makes two keeps the first. No lambda, so that a client's first call spins no class for it.
    ObjectReader reader = READERS.get(type);
    if (reader == null) {
      reader = Json.mapper().readerFor(Json.mapper().constructType(type)).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      ObjectReader first = READERS.putIfAbsent(type, reader);
      if (first != null) {
        reader = first;
      }
    }
    return reader;
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

  /** The SDK's own clients for {@code options}; null when they carry the caller's client. */
  private static SdkHttpClients ownClientsFor(ClientOptions options) {
    return options.okHttpClient() == null ? new SdkHttpClients(builderFor(options)) : null;
  }

  /** The client calls use: the {@code http} half of {@code own}, or the caller's with the SDK's settings. */
  private static OkHttpClient clientOf(ClientOptions options, SdkHttpClients own) {
    return own != null ? own.cleartext() : builderFor(options).build();
  }

  /**
   * The settings of the OkHttp client the SDK sends with, on a builder: the caller's client's (its
   * pool, dispatcher, interceptors, proxy and TLS kept) or a new one's; either way with redirects
   * off (they would hide the authorize endpoints' Location) and with OkHttp's own silent repeats
   * off: {@code retryOnConnectionFailure}, its 401 authenticator, and its follow-ups of 408 and 503
   * answers (see {@link AttemptGuard}). Every request the server sees is then an attempt the SDK
   * decided.
   */
  private static OkHttpClient.Builder builderFor(ClientOptions options) {
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
    return b;
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
