package dev.onecli4j.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * Receives every request on the server's threads: records it, applies the queued fault or the
 * latency, and otherwise lets the {@link Handler} answer.
 */
final class FaultingDispatcher extends Dispatcher {
  private final List<String> base;
  private final RequestLog log;
  private final Faults faults;
  private final Handler handler;

  FaultingDispatcher(List<String> base, RequestLog log, Faults faults, Handler handler) {
    this.base = base;
    this.log = log;
    this.faults = faults;
    this.handler = handler;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    log.record(request);
    Exchange exchange = Exchange.of(request, base);
    Faults.Fault fault = faults.next();
    Duration latency = faults.latency();
    MockResponse.Builder b;
    if (fault != null && fault.drop) {
      b = new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket());
    } else if (fault != null) {
      Reply reply = handler.failure(exchange, fault.status, "Injected failure: HTTP " + fault.status);
      if (fault.retryAfter != null) {
        reply = reply.withHeader("Retry-After", fault.retryAfterSeconds());
      }
      b = reply.toBuilder();
    } else {
      b = answer(exchange).toBuilder();
    }
    if (!latency.isZero()) {
      b.headersDelay(latency.toMillis(), TimeUnit.MILLISECONDS);
    }
    return b.build();
  }

  private Reply answer(Exchange exchange) {
    try {
      return handler.handle(exchange);
    } catch (ApiError e) {
      return e.reply();
    } catch (RuntimeException e) {
      return handler.failure(exchange, 500, "The emulator failed: " + e.getClass().getSimpleName());
    }
  }
}
