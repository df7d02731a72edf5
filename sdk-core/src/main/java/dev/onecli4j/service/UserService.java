package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.UserApi;
import dev.onecli4j.generated.onecli.model.ApiKeyResponse;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;

/** The calling user and their API key. */
public final class UserService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.user()}. */
  public UserService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Gets the profile of the caller. */
  public User get() {
    return get(RequestOptions.none());
  }

  /** Gets the profile of the caller, with per-call options. */
  public User get(RequestOptions options) {
    return transport.execute(UserApi.getUserRequest(), options);
  }

  /** Changes the display name of the caller. */
  public User update(String name) {
    return update(name, RequestOptions.none());
  }

  /** Changes the display name of the caller, with per-call options. */
  public User update(String name, RequestOptions options) {
    return transport.execute(UserApi.updateUserRequest(AccountBodies.userUpdate(name)), options);
  }

  /** Gets the caller's API key for the current project. */
  public ApiKeyResponse getApiKey() {
    return getApiKey(RequestOptions.none());
  }

  /** Gets the caller's API key, with per-call options. */
  public ApiKeyResponse getApiKey(RequestOptions options) {
    return transport.execute(UserApi.getApiKeyRequest(), options);
  }

  /** Replaces the caller's API key; the old key stops working at once. */
  public ApiKeyResponse regenerateApiKey() {
    return regenerateApiKey(RequestOptions.none());
  }

  /** Replaces the caller's API key, with per-call options. */
  public ApiKeyResponse regenerateApiKey(RequestOptions options) {
    return transport.execute(UserApi.regenerateApiKeyRequest(), options);
  }
}
