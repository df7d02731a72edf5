package dev.onecli4j.internal.http;

import dev.onecli4j.http.RetryDecision;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.FailureKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.error.TimeoutException;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One call in progress: its request, deadline and attempt count, and the policy that turns each
 * attempt's answer or failure into an {@link AttemptOutcome}. Shared by the blocking and the
 * asynchronous paths; used by one attempt at a time.
 */
final class CallState<T> {
  private static final long HEARTBEAT_NANOS = TimeUnit.MILLISECONDS.toNanos(WatchdogHeartbeat.BEAT_MILLIS);

  private final HttpTransport transport;
  private final ApiRequest<T> request;
  private final Request httpRequest;
  private final byte[] body;
  private final long startNanos;
  private final long deadlineNanos;
  private final long attemptTimeoutNanos;
  private final int maxRetries;
  private int attempt;
  private long attemptStartNanos;
  private int lastStatus = -1;

  CallState(
      HttpTransport transport,
      ApiRequest<T> request,
      Request httpRequest,
      byte[] body,
      Duration attemptTimeout,
      Duration callTimeout,
      int maxRetries) {
    this.transport = transport;
    this.request = request;
    this.httpRequest = httpRequest;
    this.body = body;
    this.startNanos = transport.options().clock().nanoTime();
    this.deadlineNanos = startNanos + callTimeout.toNanos();
    this.attemptTimeoutNanos = attemptTimeout.toNanos();
    this.maxRetries = maxRetries;
  }

  String operationId() {
    return request.operationId();
  }

  /** Starts the next attempt's OkHttp call, bounded by the attempt timeout and the deadline. */
  Call nextAttempt() {
    long now = transport.options().clock().nanoTime();
    long left = deadlineNanos - now;
    if (attempt == 0 && hasListener()) {
      notifyListener(l -> l.onRequestStart(request.operationId(), request.method(), request.path()));
    }
    if (left <= 0) {
      TimeoutException e =
          new TimeoutException("overall deadline exceeded before attempt " + (attempt + 1) + " of " + operationId(), null, true);
      throw end(e);
    }
    attempt++;
    attemptStartNanos = now;
    HttpLog.request(
        httpRequest.method(), httpRequest.url(), attempt, httpRequest.headers(), body, transport.options().logBodies());
    Call call = transport.http().newCall(httpRequest);
    long timeoutNanos = Math.min(attemptTimeoutNanos, left);
    if (timeoutNanos > HEARTBEAT_NANOS) {
      WatchdogHeartbeat.beforeCall(); // saves okio's watchdog a wake-up per call
    }
    call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    return call;
  }

  /** The outcome of an attempt that got an answer; always closes the response. */
  AttemptOutcome<T> onResponse(Response response) {
    try (Response r = response) {
      lastStatus = r.code();
      if (HttpLog.LOG.isDebugEnabled()) {
        HttpLog.response(httpRequest.method(), httpRequest.url(), r.code(), attempt, elapsedSinceAttempt(), r.headers());
      }
      if (isSuccess(r.code())) {
        T parsed = readBody(r);
        transport.noteDeprecation(r, request);
        transport.options().retryBudget().onSuccess();
        Answer<T> raw = new Answer<>(r.code(), r.headers(), parsed, attempt);
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
                  r,
                  body,
                  transport.options().apiKey(),
                  transport.options().maxErrorBodyBytes(),
                  transport.options().clock())));
    } catch (IOException e) {
      return onFailure(e);
    } catch (RuntimeException e) {
      return AttemptOutcome.failure(end(e));
    }
  }

  /** The outcome of an attempt that failed without a (complete) answer. */
  AttemptOutcome<T> onFailure(IOException e) {
    FailureKind kind = Failures.classify(e);
    HttpLog.failure(httpRequest.method(), httpRequest.url(), attempt, elapsedSinceAttempt(), kind, e);
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
    return AttemptOutcome.failure(end(Failures.toException(e, kind, operationId(), attempt, left <= 0)));
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
    MediaType type = isPlainJson(r.header("Content-Type")) ? null : responseBody.contentType();
    if (type != null && !isJson(type)) {
      if (request.responseType().type() == String.class) {
        @SuppressWarnings("unchecked")
        T text = (T) responseBody.string();
        return text;
      }
      throw invalid(r, "expected JSON but the answer is " + type.type() + "/" + type.subtype());
    }
    ObjectReader reader = transport.readerFor(request.responseType().type());
    T value;
    if (transport.options().logBodies() && HttpLog.LOG.isTraceEnabled()) {
      byte[] bytes = responseBody.bytes();
      HttpLog.responseBody(
          bytes, true, ErrorResponses.knownSecrets(body, transport.options().apiKey(), httpRequest.url()));
      value = parse(r, reader, bytes, null);
    } else {
      try (InputStream in = responseBody.byteStream()) {
        value = parse(r, reader, null, in);
      }
    }
    if (value == null) {
      throw invalid(r, "expected a JSON body but the answer was empty or null");
    }
    return value;
  }

  private T parse(Response r, ObjectReader reader, byte[] bytes, InputStream in) throws IOException {
    WatchedStream watched = in == null ? null : new WatchedStream(in);
    try {
      return bytes != null ? reader.readValue(bytes) : reader.readValue(watched);
    } catch (IOException e) {
      if (watched != null && watched.failure != null) {
        // The body's own stream failed: the connection broke or the attempt timed out mid-body.
        // Jackson may have wrapped that (it does inside collections); it is an I/O failure of the
        // attempt, not a bad answer.
        throw watched.failure;
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

  /** The body's stream, remembering the failure it threw, if any. */
  private static final class WatchedStream extends FilterInputStream {
    IOException failure;

    WatchedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }

  private InvalidResponseException invalid(Response r, String why) {
    String requestId = r.header("X-Request-Id", r.header("Request-Id"));
    return new InvalidResponseException(operationId() + ": " + why, r.code(), requestId);
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

  private RuntimeException end(RuntimeException error) {
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

  private void notifyListener(java.util.function.Consumer<RequestListener> event) {
    RequestListener listener = transport.options().listener();
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      HttpLog.LOG.warn("RequestListener threw {}; ignored", e.getClass().getName());
    }
  }
}
