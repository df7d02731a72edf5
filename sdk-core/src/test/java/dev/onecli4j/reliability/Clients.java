package dev.onecli4j.reliability;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/**
 * A OneCLI client and a user-secrets client pointed at one server with the same options; the
 * reliability and hygiene tests drive the SDK through them.
 */
public final class Clients implements AutoCloseable {
  /** The API key the clients send unless a test sets another. */
  public static final String API_KEY = "oc_reliability_key_0123456789";

  private final OneCli oneCli;
  private final UserSecrets userSecrets;

  private Clients(OneCli oneCli, UserSecrets userSecrets) {
    this.oneCli = oneCli;
    this.userSecrets = userSecrets;
  }

  /** Clients of {@code server} ({@code /v1} and {@code /api/v1}), each builder passed to {@code configure}. */
  public static Clients of(MockWebServer server, Consumer<ClientOptions.AbstractBuilder<?>> configure) {
    return of(server.url("/v1").toString(), server.url("/api/v1").toString(), configure);
  }

  /** Clients of the given base URLs, each builder passed to {@code configure}. */
  public static Clients of(
      String oneCliBaseUrl, String userSecretsBaseUrl, Consumer<ClientOptions.AbstractBuilder<?>> configure) {
    OneCli.Builder a = OneCli.builder().apiKey(API_KEY).baseUrl(oneCliBaseUrl);
    configure.accept(a);
    UserSecrets.Builder b = UserSecrets.builder().token(API_KEY).baseUrl(userSecretsBaseUrl);
    configure.accept(b);
    return new Clients(a.build(), b.build());
  }

  /** Wraps existing clients; {@code userSecrets} may be null when only OneCLI calls are made. */
  public static Clients wrap(OneCli oneCli, UserSecrets userSecrets) {
    return new Clients(oneCli, userSecrets);
  }

  /** The OneCLI client. */
  public OneCli oneCli() {
    return oneCli;
  }

  /** The user-secrets client. */
  public UserSecrets userSecrets() {
    return userSecrets;
  }

  @Override
  public void close() {
    oneCli.close();
    if (userSecrets != null) {
      userSecrets.close();
    }
  }
}
