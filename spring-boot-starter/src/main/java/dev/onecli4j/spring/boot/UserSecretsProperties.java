package dev.onecli4j.spring.boot;

/**
 * The {@code onecli.user-secrets.*} properties. The {@code UserSecrets} bean is created when both
 * the base URL and the token are set; it shares the timeouts, retries and other options of
 * {@code onecli.*}.
 */
public class UserSecretsProperties {
  /** Creates the properties with their defaults (Spring Boot binds them). */
  public UserSecretsProperties() {}

  /** Base URL of the user-secrets API, e.g. {@code https://example.com/api/v1}. */
  private String baseUrl;

  /** The user's bearer token. */
  private String token;

  /** {@return the base URL, or null} */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the base URL
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the token, or null} */
  public String getToken() {
    return token;
  }

  /**
   * Sets the user's bearer token.
   *
   * @param token the user's bearer token
   */
  public void setToken(String token) {
    this.token = token;
  }

  /** Names the base URL only: the token never shows up in logs or failure reports. */
  @Override
  public String toString() {
    return "UserSecretsProperties{baseUrl=" + baseUrl + ", token=" + (token == null ? "unset" : "set") + "}";
  }
}
