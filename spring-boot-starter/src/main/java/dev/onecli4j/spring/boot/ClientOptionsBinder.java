package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.ClientOptions;
import java.util.function.Consumer;

/** Applies the {@code onecli.*} properties to the SDK's builders; unset properties change nothing. */
final class ClientOptionsBinder {
  private final OneCliProperties properties;

  ClientOptionsBinder(OneCliProperties properties) {
    this.properties = properties;
  }

  /** A {@code OneCli} builder with every property that is set applied. */
  OneCli.Builder oneCli() {
    OneCli.Builder builder = OneCli.builder();
    applyShared(builder);
    ifSet(properties.getApiKey(), builder::apiKey);
    ifSet(properties.getBaseUrl(), builder::baseUrl);
    ifSet(properties.getWorkspaceId(), builder::workspaceId);
    ifSet(properties.getProjectId(), builder::projectId);
    return builder;
  }

  /** A {@code UserSecrets} builder with the user-secrets and the shared properties applied. */
  UserSecrets.Builder userSecrets() {
    UserSecrets.Builder builder = UserSecrets.builder();
    applyShared(builder);
    ifSet(properties.getUserSecrets().getBaseUrl(), builder::baseUrl);
    ifSet(properties.getUserSecrets().getToken(), builder::token);
    return builder;
  }

  private <B extends ClientOptions.AbstractBuilder<B>> void applyShared(B builder) {
    ifSet(properties.getTimeout(), builder::timeout);
    ifSet(properties.getCallTimeout(), builder::callTimeout);
    ifSet(properties.getMaxRetries(), builder::maxRetries);
    ifSet(properties.getValidation(), builder::validation);
    ifSet(properties.getLogBodies(), builder::logBodies);
    ifSet(properties.getAllowInsecureHttp(), builder::allowInsecureHttp);
    ifSet(properties.getMaxErrorBodyBytes(), builder::maxErrorBodyBytes);
    properties.getHeaders().forEach(builder::header);
  }

  private static <T> void ifSet(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
