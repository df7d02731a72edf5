package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The SDK's own client: TLS only once an {@code https} request comes; otherwise one client's settings. */
class SdkHttpClientsTest {
  private final SdkHttpClients clients =
      new SdkHttpClients(new OkHttpClient.Builder().followRedirects(false).addInterceptor(AttemptGuard.APPLICATION));

  @Test
  void theDefaultSpecsAreOkHttps() {
    assertEquals(new OkHttpClient().connectionSpecs(), SdkHttpClients.DEFAULT_SPECS);
  }

  @Test
  void anHttpRequestMakesNoTlsClient() {
    clients.newCall(new Request.Builder().url("http://127.0.0.1:1/v1/secrets").build());
    assertNull(clients.fullIfMade());
    assertEquals(Collections.singletonList(ConnectionSpec.CLEARTEXT), clients.cleartext().connectionSpecs());
    assertNull(clients.cleartext().x509TrustManager());
  }

  @Test
  void anHttpsRequestGoesToAClientWithTheDefaultsSharingEverythingElse() {
    clients.newCall(new Request.Builder().url("https://onecli.example/v1/secrets").build());
    OkHttpClient full = clients.fullIfMade();
    assertNotNull(full);
    assertSame(full, clients.full());
    assertEquals(SdkHttpClients.DEFAULT_SPECS, full.connectionSpecs());
    assertNotNull(full.x509TrustManager());
    OkHttpClient cleartext = clients.cleartext();
    assertSame(cleartext.connectionPool(), full.connectionPool());
    assertSame(cleartext.dispatcher(), full.dispatcher());
    assertEquals(cleartext.interceptors(), full.interceptors());
    assertEquals(cleartext.networkInterceptors(), full.networkInterceptors());
    assertEquals(cleartext.followRedirects(), full.followRedirects());
  }
}
