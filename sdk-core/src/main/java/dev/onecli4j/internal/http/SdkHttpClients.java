package dev.onecli4j.internal.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The OkHttp client the SDK makes for itself when the caller gives none, in two halves that
 * share one connection pool, dispatcher and set of interceptors: a client for {@code http} URLs,
 * built without TLS, and one for {@code https} URLs, built at the first such request. OkHttp sets
 * up TLS (the platform's trust store, an {@code SSLContext}) when a client that may speak it is
 * built, a few hundred milliseconds in a fresh JVM; a client of a local server over {@code http}
 * then never pays for it. Every request goes out with the settings it would have had on one client
 * with OkHttp's default connection specs.
 */
final class SdkHttpClients implements Call.Factory {
  /** OkHttp's default connection specs, those of a client that does not set any. */
  static final List<ConnectionSpec> DEFAULT_SPECS =
      Collections.unmodifiableList(Arrays.asList(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT));

  private final OkHttpClient cleartext;
  private volatile OkHttpClient tls;

  /** Both halves from {@code builder}, whose connection specs are replaced. */
  SdkHttpClients(OkHttpClient.Builder builder) {
    this.cleartext = builder.connectionSpecs(Collections.singletonList(ConnectionSpec.CLEARTEXT)).build();
  }

  /** The {@code http} half; its pool and dispatcher are those of both. */
  OkHttpClient cleartext() {
    return cleartext;
  }

  /** The client with OkHttp's default connection specs (both schemes), made when first needed. */
  OkHttpClient full() {
    OkHttpClient client = tls;
    if (client == null) {
      synchronized (this) {
        client = tls;
        if (client == null) {
          client = cleartext.newBuilder().connectionSpecs(DEFAULT_SPECS).build();
          tls = client;
        }
      }
    }
    return client;
  }

  /** The client with both schemes if it has been made, else null. */
  OkHttpClient fullIfMade() {
    return tls;
  }

  @Override
  public Call newCall(Request request) {
    return request.isHttps() ? full().newCall(request) : cleartext.newCall(request);
  }
}
