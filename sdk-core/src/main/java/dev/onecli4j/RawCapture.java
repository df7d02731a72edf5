package dev.onecli4j;

import dev.onecli4j.internal.http.Answer;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Runs a call on a client copy that records the raw answer, for {@code withRawResponse}. */
final class RawCapture {
  private RawCapture() {}

  static <C, T> RawResponse<T> sync(
      HttpTransport transport, Function<HttpTransport, C> clientOf, Function<? super C, T> call) {
    AtomicReference<Answer<?>> last = new AtomicReference<>();
    T body = call.apply(clientOf.apply(transport.capturing(last::set)));
    return attach(last.get(), body);
  }

  static <C, T> CompletableFuture<RawResponse<T>> async(
      HttpTransport transport,
      Function<HttpTransport, C> clientOf,
      Function<? super C, CompletableFuture<T>> call) {
    AtomicReference<Answer<?>> last = new AtomicReference<>();
    return call.apply(clientOf.apply(transport.capturing(last::set)))
        .thenApply(body -> attach(last.get(), body));
  }

  private static <T> RawResponse<T> attach(Answer<?> raw, T body) {
    if (raw == null) {
      throw new IllegalStateException("withRawResponse: the function made no call through the client it was given");
    }
    return new RawResponse<>(raw.status(), raw.headers(), body, raw.attempts());
  }
}
