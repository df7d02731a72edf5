package dev.onecli4j.contract;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.OneCli;
import dev.onecli4j.http.RequestListener;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Contract-test support for the OneCLI API: Prism on {@code openapi/onecli.yaml} and clients
 * pointed at it.
 *
 * <pre>{@code
 * static PrismServer prism = OneCliContract.startPrism();
 * OneCli client = OneCliContract.client(prism, new OneCliContract.OperationRecorder());
 * OneCliContract.assertAccepted("utility().health", () -> client.withRawResponse(c -> c.utility().health()));
 * }</pre>
 *
 * <p>Prism serves the spec's paths at its root: the {@code /v1} of the spec's {@code servers}
 * URLs is not part of its routes, so the client's base URL is {@link PrismServer#baseUrl()}
 * as is, without {@code /v1}.
 */
public final class OneCliContract {
  /** System property: the OneCLI spec Prism serves (the build passes {@code ${onecli.spec}}). */
  public static final String SPEC_PROPERTY = "onecli4j.onecli.spec";
  /** The API key contract clients send. */
  public static final String API_KEY = "oc_test";

  private OneCliContract() {}

  /** The OneCLI spec: {@value #SPEC_PROPERTY}, else {@code onecli.yaml} in the openapi dir. */
  public static Path spec() {
    String configured = System.getProperty(SPEC_PROPERTY);
    return configured != null && !configured.isBlank()
        ? Paths.get(configured)
        : ContractAssertions.openapiSpec("onecli.yaml");
  }

  /** Starts Prism on {@link #spec()}. */
  public static PrismServer startPrism() {
    return PrismServer.start(spec());
  }

  /** Options for a client of {@code prism}: API key {@value #API_KEY}, no retries. */
  public static ClientOptions options(PrismServer prism) {
    return ClientOptions.builder().apiKey(API_KEY).baseUrl(prism.baseUrl()).maxRetries(0).build();
  }

  /**
   * A facade client of {@code prism}: API key {@value #API_KEY}, no retries, local validation on
   * (the default), Prism as the gateway as well, and {@code recorder} told about every request. Close it with
   * {@link #close(OneCli)}.
   */
  public static OneCli client(PrismServer prism, OperationRecorder recorder) {
    return OneCli.builder()
        .apiKey(API_KEY)
        .baseUrl(prism.baseUrl())
        .gatewayUrl(prism.baseUrl())
        .maxRetries(0)
        .timeout(Duration.ofSeconds(20))
        .listener(recorder)
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(recorder).build())
        .build();
  }

  /** Closes a client made by {@link #client} and the HTTP client it was given. */
  public static void close(OneCli client) {
    OkHttpClient http = client.options().okHttpClient();
    client.close();
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** See {@link ContractAssertions#assertAccepted}. */
  public static <T> T assertAccepted(String operation, ThrowingSupplier<T> call) {
    return ContractAssertions.assertAccepted(operation, call);
  }

  /**
   * Records what a client sent: as a {@link RequestListener}, the operation ids of requests that
   * got an answer below 400 (Prism accepted them) and the number of requests started; as an
   * OkHttp {@link Interceptor}, the method and path of every request that carried a body.
   */
  public static final class OperationRecorder implements RequestListener, Interceptor {
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> withBody = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      String path = request.url().encodedPath();
      if (path.startsWith("/v1/")) {
        // Prism is the gateway too: it serves the gateway's routes (approvals) at its root.
        request = request.newBuilder().url(request.url().newBuilder().encodedPath(path.substring(3)).build()).build();
      }
      if (request.body() != null && request.body().contentLength() != 0) {
        withBody.add(request.method() + " " + request.url().encodedPath());
      }
      return chain.proceed(request);
    }

    @Override
    public void onRequestStart(String operationId, String method, String path) {
      started.incrementAndGet();
    }

    @Override
    public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
      if (status >= 200 && status < 400) {
        accepted.add(operationId);
      }
    }

    /** The operation ids Prism answered with a status below 400. */
    public Set<String> accepted() {
      return accepted;
    }

    /** {@code METHOD /path} of every request sent with a body. */
    public Set<String> sentWithBody() {
      return withBody;
    }

    /** How many requests were sent. */
    public int started() {
      return started.get();
    }
  }
}
