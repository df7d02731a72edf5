package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.ClientOptions;

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
    if (properties.getApiKey() != null) {
      builder.apiKey(properties.getApiKey());
    }
    if (properties.getBaseUrl() != null) {
      builder.baseUrl(properties.getBaseUrl());
    }
    if (properties.getWorkspaceId() != null) {
      builder.workspaceId(properties.getWorkspaceId());
    }
    if (properties.getProjectId() != null) {
      builder.projectId(properties.getProjectId());
    }
    return builder;
  }

  /** A {@code UserSecrets} builder with the user-secrets and the shared properties applied. */
  UserSecrets.Builder userSecrets() {
    UserSecrets.Builder builder = UserSecrets.builder();
    applyShared(builder);
    UserSecretsProperties userSecrets = properties.getUserSecrets();
    if (userSecrets.getBaseUrl() != null) {
      builder.baseUrl(userSecrets.getBaseUrl());
    }
    if (userSecrets.getToken() != null) {
      builder.token(userSecrets.getToken());
    }
    return builder;
  }

  private <B extends ClientOptions.AbstractBuilder<B>> void applyShared(B builder) {
    if (properties.getTimeout() != null) {
      builder.timeout(properties.getTimeout());
    }
    if (properties.getCallTimeout() != null) {
      builder.callTimeout(properties.getCallTimeout());
    }
    if (properties.getMaxRetries() != null) {
      builder.maxRetries(properties.getMaxRetries());
    }
    if (properties.getValidation() != null) {
      builder.validation(properties.getValidation());
    }
    if (properties.getLogBodies() != null) {
      builder.logBodies(properties.getLogBodies());
    }
    if (properties.getAllowInsecureHttp() != null) {
      builder.allowInsecureHttp(properties.getAllowInsecureHttp());
    }
    if (properties.getMaxErrorBodyBytes() != null) {
      builder.maxErrorBodyBytes(properties.getMaxErrorBodyBytes());
    }
    properties.getHeaders().forEach(builder::header);
  }
}
