package dev.onecli4j.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Timeout;

/**
 * A call factory built the way tracing instrumentations build theirs (OpenTelemetry's
 * {@code OkHttpTelemetry.createCallFactory}): a client made from the given one with {@code
 * newBuilder()} and an interceptor of its own added in front, each request re-built with a tag of
 * its own, and each call wrapped in a delegate.
 */
public final class WrappingCallFactory implements Call.Factory {
  private final OkHttpClient client;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger intercepted = new AtomicInteger();

  /** Wraps {@code given}, the client the SDK hands over. */
  public WrappingCallFactory(OkHttpClient given) {
    OkHttpClient.Builder b = given.newBuilder();
    b.interceptors().add(0, (Interceptor) chain -> {
      intercepted.incrementAndGet();
      return chain.proceed(chain.request());
    });
    this.client = b.build();
  }

  /** How many calls the factory made. */
  public int calls() {
    return calls.get();
  }

  /** How many requests passed the factory's own interceptor. */
  public int intercepted() {
    return intercepted.get();
  }

  @Override
  public Call newCall(Request request) {
    calls.incrementAndGet();
    return delegating(client.newCall(request.newBuilder().tag(WrappingCallFactory.class, this).build()), Call::timeout);
  }

  /** A call that delegates everything to {@code delegate} but {@code timeout()}, which {@code timeout} answers. */
  public static Call delegating(Call delegate, java.util.function.Function<Call, Timeout> timeout) {
    return (Call)
        Proxy.newProxyInstance(
            Call.class.getClassLoader(),
            new Class<?>[] {Call.class},
            (proxy, method, args) -> {
              if (method.getName().equals("timeout") && method.getParameterCount() == 0) {
                return timeout.apply(delegate);
              }
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
