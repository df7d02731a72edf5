package dev.onecli4j.internal.http;

import dev.onecli4j.http.RetryDecision;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.FailureKind;
import dev.onecli4j.http.CallContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onecli4j.error.CallInterruptedException;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.error.ResponseTooLargeException;
import dev.onecli4j.error.TimeoutException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.internal.text.KnownSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Timeout;

/**
 * One call in progress: its request, deadline and attempt count, the credentials it carries, and
 * the policy that turns each attempt's answer or failure into an {@link AttemptOutcome}. Shared
 * by the blocking and the asynchronous paths; used by one attempt at a time, but may be cancelled
 * from any thread. It reports to the listener exactly once that the call ended.
 */
final class CallState<T> {
  private static final long HEARTBEAT_NANOS = TimeUnit.MILLISECONDS.toNanos(WatchdogHeartbeat.BEAT_MILLIS);

  private final HttpTransport transport;
  private final ApiRequest<T> request;
  private final Request httpRequest;
  private final byte[] body;
  private final List<String> credentials;
  private final AttemptGuard.Budget budget;
  private final long startNanos;
  private final long deadlineNanos;
  private final long attemptTimeoutNanos;
  private final int maxRetries;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean cancelled;
  private volatile Call current;
  private volatile java.util.concurrent.CompletableFuture<?> future;
  /** The thread a blocking call runs on; null for an asynchronous call. */
  private Thread blockingThread;
  private KnownSecrets secrets;
  private int attempt;
  private long attemptStartNanos;
  private volatile int lastStatus = -1;

  CallState(
      HttpTransport transport,
      ApiRequest<T> request,
      Request httpRequest,
      AttemptGuard.Budget budget,
      byte[] body,
      List<String> credentials,
      Duration attemptTimeout,
      Duration callTimeout,
      int maxRetries) {
    this.transport = transport;
    this.request = request;
    this.httpRequest = httpRequest;
    this.body = body;
    this.credentials = credentials;
    this.budget = budget; // the request's Budget tag
    this.startNanos = transport.options().clock().nanoTime();
    this.deadlineNanos = startNanos + callTimeout.toNanos();
    this.attemptTimeoutNanos = attemptTimeout.toNanos();
    this.maxRetries = maxRetries;
  }

  String operationId() {
    return request.operationId();
  }

  /** The credentials this call carries, for masking; computed once, when first needed. */
  synchronized KnownSecrets secrets() {
    if (secrets == null && body == null && httpRequest.url().querySize() == 0) {
      // A call without body or query: unless it was given credentials of its own, the client's.
      secrets = transport.defaultSecrets(credentials);
    }
    if (secrets == null) {
      secrets = KnownSecrets.of(RequestCredentials.withBodyKeys(credentials, body, httpRequest.url()));
    }
    return secrets;
  }

  /** Tells the listener that the call starts; {@code blocking} when the calling thread waits for it. */
  void begin(boolean blocking) {
    blockingThread = blocking ? Thread.currentThread() : null;
    if (hasListener()) {
      notifyListener(l -> l.onRequestStart(request.operationId(), request.method(), request.path()));
    }
  }

  /** The future an asynchronous call completes; cancelling the call cancels it. */
  void cancelling(java.util.concurrent.CompletableFuture<?> future) {
    this.future = future;
  }

  /** Starts the next attempt's OkHttp call, bounded by the attempt timeout and the deadline. */
  Call nextAttempt() {
    long now = transport.options().clock().nanoTime();
    long left = deadlineNanos - now;
    if (cancelled) {
      throw new CancellationException(operationId() + " was cancelled");
    }
    if (transport.isClosed()) {
      throw end(ClientLifecycle.closed(operationId()));
    }
    if (left <= 0) {
      TimeoutException e =
          new TimeoutException("overall deadline exceeded before attempt " + (attempt + 1) + " of " + operationId(), null, true);
      throw end(e);
    }
    Call call = transport.calls().newCall(attempt == 0 ? httpRequest : nextRequest(attempt + 1));
    long timeoutNanos = Math.min(attemptTimeoutNanos, left);
    Timeout timeout = call.timeout();
    timeout.timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    if (transport.wrapsCalls() && timeout.timeoutNanos() != timeoutNanos) {
      throw end(
          new OneCliException(
              operationId()
                  + ": the callFactory's calls ignore timeout(), so the SDK could not bound the attempt; nothing was"
                  + " sent. Delegate Call.timeout() to the wrapped call",
              null));
    }
    attempt++;
    attemptStartNanos = now;
    if (HttpLog.LOG.isDebugEnabled()) {
      HttpLog.request(
          httpRequest.method(), httpRequest.url(), attempt, httpRequest.headers(), body, transport.options().logBodies(),
          transport.options().maxErrorBodyBytes(), this::secrets);
    }
    if (timeoutNanos > HEARTBEAT_NANOS) {
      WatchdogHeartbeat.beforeCall(); // saves okio's watchdog a wake-up per call
    }
    if (budget != null) {
      budget.allowOne();
    }
    current = call;
    if (cancelled) {
      call.cancel(); // cancelled between the check above and now
    }
    return call;
  }

  /** The request of a retry: the first attempt's, tagged with its attempt number. */
  private Request nextRequest(int number) {
    CallContext first = httpRequest.tag(CallContext.class);
    return httpRequest.newBuilder().tag(CallContext.class, first.withAttempt(number)).build();
  }

  /** Whether the call was cancelled (its future, or a stage derived from it). */
  boolean isCancelled() {
    return cancelled;
  }

  /**
   * Cancels the call: the attempt in flight is cancelled (its connection closed), no further
   * attempt starts, and the listener hears that the call ended. Safe from any thread; only the
   * first call has an effect.
   */
  void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    end(new CancellationException(operationId() + " was cancelled"));
    java.util.concurrent.CompletableFuture<?> f = future;
    if (f != null) {
      f.cancel(false);
    }
  }

  /** The outcome of an attempt that got an answer; always closes the response. */
  AttemptOutcome<T> onResponse(Response response) {
    try (Response r = response) {
      lastStatus = r.code();
      if (transport.wrapsCalls() && budget != null && budget.sent() == 0 && r.networkResponse() != null) {
        return AttemptOutcome.failure(
            end(
                new OneCliException(
                    operationId()
                        + ": the callFactory sent the request without the OkHttp client the SDK handed it, so the"
                        + " SDK's guards did not apply; its answer was dropped. Build the factory from that client",
                    null)));
      }
      if (HttpLog.LOG.isDebugEnabled()) {
        HttpLog.response(
            httpRequest.method(), httpRequest.url(), r.code(), attempt, elapsedSinceAttempt(), r.headers(), this::secrets);
      }
      if (isSuccess(r.code())) {
        T parsed = readBody(r);
        if (r.header("Deprecation") != null) { // no Supplier made (nor its lambda class spun) otherwise
          transport.noteDeprecation(r, request, this::secrets);
        }
        transport.options().retryBudget().onSuccess();
        Answer<T> raw = new Answer<>(r.code(), headersWithSafeRequestId(r.headers()), parsed, attempt);
        end(null);
        return AttemptOutcome.success(raw);
      }
      RetryDecision decision =
          transport
              .options()
              .retryPolicy()
              .decide(
                  request.method(),
                  attempt,
                  maxRetries,
                  r.code(),
                  null,
                  r::header,
                  nanosLeft(),
                  transport.options().clock(),
                  transport.options().random());
      if (decision.shouldRetry() && transport.options().retryBudget().tryAcquire(false)) {
        return retry(decision);
      }
      return AttemptOutcome.failure(
          end(
              ErrorResponses.toException(
                  r, secrets(), transport.options().maxErrorBodyBytes(), transport.options().clock())));
    } catch (IOException e) {
      return onFailure(e);
    } catch (RuntimeException e) {
      return AttemptOutcome.failure(end(e));
    }
  }

  /** The outcome of an attempt that failed without a (complete) answer. */
  AttemptOutcome<T> onFailure(IOException e) {
    if (e instanceof BoundedBody.TooLarge) {
      return AttemptOutcome.failure(end(tooLarge(null, ((BoundedBody.TooLarge) e).limit)));
    }
    if (blockingThread != null && blockingThread.isInterrupted()) {
      return onInterrupt(e); // the interrupt watch cancelled the call, or okio noticed the flag
    }
    FailureKind kind = Failures.classify(e);
    HttpLog.failure(httpRequest.method(), httpRequest.url(), attempt, elapsedSinceAttempt(), kind, e);
    if (cancelled) {
      return AttemptOutcome.failure(new CancellationException(operationId() + " was cancelled"));
    }
    if (transport.isClosed()) {
      return AttemptOutcome.failure(end(ClientLifecycle.closed(operationId())));
    }
    long left = nanosLeft();
    if (left > 0) {
      RetryDecision decision =
          transport
              .options()
              .retryPolicy()
              .decide(
                  request.method(),
                  attempt,
                  maxRetries,
                  -1,
                  kind,
                  name -> null,
                  left,
                  transport.options().clock(),
                  transport.options().random());
      if (decision.shouldRetry()
          && transport.options().retryBudget().tryAcquire(kind == FailureKind.ATTEMPT_TIMEOUT)) {
        return retry(decision);
      }
    }
    return AttemptOutcome.failure(end(Failures.toException(e, kind, operationId(), attempt, left <= 0, secrets())));
  }

  /**
   * The outcome when the calling thread was interrupted: the call ends with {@link
   * CallInterruptedException} and the thread's interrupt flag is set again.
   */
  AttemptOutcome<T> onInterrupt(Exception e) {
    Thread.currentThread().interrupt();
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    String where = attempt == 0 ? "before it was sent" : "in attempt " + attempt;
    Throwable cause = e instanceof IOException ? Failures.sanitize((IOException) e, secrets()) : null;
    return AttemptOutcome.failure(
        end(new CallInterruptedException(operationId() + " interrupted " + where + "; the call was cancelled", cause)));
  }

  /** The outcome of anything unexpected an attempt threw (a bug, or an {@link Error} of a hook). */
  AttemptOutcome<T> onUnexpected(Throwable t) {
    RuntimeException error =
        t instanceof RuntimeException
            ? (RuntimeException) t
            : new dev.onecli4j.error.OneCliException(operationId() + " failed: " + t.getClass().getName(), null);
    return AttemptOutcome.failure(end(error));
  }

  private AttemptOutcome<T> retry(RetryDecision decision) {
    HttpLog.retry(operationId(), attempt, decision.delay(), decision.reason());
    if (hasListener()) {
      notifyListener(l -> l.onRetry(operationId(), attempt, decision.delay(), decision.reason()));
    }
    return AttemptOutcome.retry(decision.delay());
  }

  private boolean isSuccess(int status) {
    return (status >= 200 && status < 300) || (request.redirectExpected() && status >= 300 && status < 400);
  }

  private T readBody(Response r) throws IOException {
    if (request.responseType().isEmpty()) {
      return null;
    }
    ResponseBody responseBody = r.body();
    long max = transport.options().maxResponseBodyBytes();
    if (responseBody.contentLength() > max) {
      throw tooLarge(r, max);
    }
    boolean logging = transport.options().logBodies() && HttpLog.LOG.isTraceEnabled();
    BoundedBody bounded =
        new BoundedBody(responseBody.byteStream(), max, logging ? transport.options().maxErrorBodyBytes() : 0);
    try (InputStream in = bounded) {
      if (request.responseType().type() == byte[].class) {
        @SuppressWarnings("unchecked")
        T raw = (T) bounded.readAll(); // a raw request's answer, whatever its type
        return raw;
      }
      MediaType type = isPlainJson(r.header("Content-Type")) ? null : responseBody.contentType();
      if (type != null && !isJson(type)) {
        if (request.responseType().type() == String.class) {
          Charset charset = type.charset(StandardCharsets.UTF_8);
          @SuppressWarnings("unchecked")
          T text = (T) new String(bounded.readAll(), charset);
          return text;
        }
        throw invalid(r, "expected JSON but the answer is " + type.type() + "/" + type.subtype());
      }
      T value = parse(r, transport.readerFor(request.responseType().type()), bounded);
      if (value == null && !request.responseType().isNullable()) {
        throw invalid(r, "expected a JSON body but the answer was empty or null");
      }
      return value;
    } catch (BoundedBody.TooLarge e) {
      throw tooLarge(r, e.limit);
    } finally {
      if (logging) {
        HttpLog.responseBody(bounded.logged(), bounded.count(), bounded.loggedAll(), secrets());
      }
    }
  }

  private T parse(Response r, ObjectReader reader, BoundedBody in) throws IOException {
    try {
      return reader.readValue(in);
    } catch (IOException e) {
      if (in.failure() != null) {
        // The body's own stream failed: the connection broke, the attempt timed out mid-body, or
        // the body passed the size limit. Jackson may have wrapped that (it does inside
        // collections); it is a failure of the attempt, not a bad answer.
        throw in.failure();
      }
      // Anything else is the content: bad JSON, the wrong shape, a broken encoding
      // (CharConversionException). Jackson's message quotes the input, which may hold a
      // credential: keep only the location.
      String where =
          !(e instanceof JsonProcessingException) || ((JsonProcessingException) e).getLocation() == null
              ? ""
              : " (line "
                  + ((JsonProcessingException) e).getLocation().getLineNr()
                  + ", column "
                  + ((JsonProcessingException) e).getLocation().getColumnNr()
                  + ")";
      throw invalid(r, "the answer is not valid JSON of the expected shape" + where);
    }
  }

  private ResponseTooLargeException tooLarge(Response r, long limit) {
    return new ResponseTooLargeException(
        operationId() + ": the answer's body is larger than maxResponseBodyBytes (" + limit + " bytes); reading stopped there",
        lastStatus,
        maskedRequestId(r),
        limit);
  }

  private InvalidResponseException invalid(Response r, String why) {
    return new InvalidResponseException(operationId() + ": " + why, r.code(), maskedRequestId(r));
  }

  /** The answer's request id, masked if it echoes a credential of this call. */
  private String maskedRequestId(Response r) {
    if (r == null) {
      return null;
    }
    String requestId = r.header("X-Request-Id", r.header("Request-Id"));
    return requestId == null ? null : HttpLog.clean(requestId, secrets());
  }

  /**
   * The answer's headers, with a request id that echoes a credential of this call masked: the id
   * is printed by {@code RawResponse.toString()} and commonly logged by callers.
   */
  private Headers headersWithSafeRequestId(Headers headers) {
    String id = headers.get("X-Request-Id");
    String other = headers.get("Request-Id");
    if ((id == null || !echoesCredential(id)) && (other == null || !echoesCredential(other))) {
      return headers;
    }
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean isId = name.equalsIgnoreCase("X-Request-Id") || name.equalsIgnoreCase("Request-Id");
      b.addUnsafeNonAscii(name, isId ? HttpLog.clean(headers.value(i), secrets()) : headers.value(i));
    }
    return b.build();
  }

  /** A quick look, without gathering the body's credentials: does {@code text} hold one this call sent? */
  private boolean echoesCredential(String text) {
    for (String c : credentials) {
      if (c != null && !c.isEmpty() && (text.equals(c) || (c.length() >= KnownSecrets.MIN_PROSE_LENGTH && text.contains(c)))) {
        return true;
      }
    }
    return !text.equals(dev.onecli4j.internal.text.Redaction.scrubPatterns(text));
  }

  /**
   * Whether the header is {@code application/json}, alone or with parameters: the common answer,
   * recognized without parsing the media type.
   */
  static boolean isPlainJson(String contentType) {
    String json = "application/json";
    if (contentType == null || !contentType.regionMatches(true, 0, json, 0, json.length())) {
      return false;
    }
    return contentType.length() == json.length() || contentType.charAt(json.length()) == ';';
  }

  private static boolean isJson(MediaType type) {
    return type.subtype().equals("json") || type.subtype().endsWith("+json");
  }

  private long nanosLeft() {
    return deadlineNanos - transport.options().clock().nanoTime();
  }

  private Duration elapsedSinceAttempt() {
    return Duration.ofNanos(transport.options().clock().nanoTime() - attemptStartNanos);
  }

  /**
   * Tells the listener, once, that the call ended with {@code error} ({@code null} on success);
   * returns {@code error}.
   */
  <E extends Throwable> E end(E error) {
    if (!ended.compareAndSet(false, true)) {
      return error;
    }
    if (!hasListener()) {
      return error;
    }
    Duration elapsed = Duration.ofNanos(transport.options().clock().nanoTime() - startNanos);
    int status = lastStatus;
    int attempts = attempt;
    notifyListener(l -> l.onRequestEnd(operationId(), status, attempts, elapsed, error));
    return error;
  }

  /**
   * Whether a listener is set. Callers check this before building an event, so that a client
   * without a listener (the default) allocates no event lambda and reads no clock for it.
   */
  private boolean hasListener() {
    return transport.options().listener() != RequestListener.NONE;
  }

  /** Runs a listener event; whatever it throws, {@link Error}s included, is logged and ignored. */
  private void notifyListener(java.util.function.Consumer<RequestListener> event) {
    RequestListener listener = transport.options().listener();
    try {
      event.accept(listener);
    } catch (Throwable t) {
      try {
        HttpLog.LOG.warn("RequestListener threw {}; ignored", t.getClass().getName());
      } catch (Throwable ignored) {
        // A failing logger must not break the call either.
      }
    }
  }
}
