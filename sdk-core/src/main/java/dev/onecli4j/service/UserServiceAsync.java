package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.UserApi;
import dev.onecli4j.generated.onecli.model.ApiKeyResponse;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link UserService}. */
public final class UserServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().user()}. */
  public UserServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Gets the profile of the caller. */
  public CompletableFuture<User> get() {
    return get(RequestOptions.none());
  }

  /** Gets the profile of the caller, with per-call options. */
  public CompletableFuture<User> get(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UserApi.getUserRequest(), options));
  }

  /** Changes the display name of the caller. */
  public CompletableFuture<User> update(String name) {
    return update(name, RequestOptions.none());
  }

  /** Changes the display name of the caller, with per-call options. */
  public CompletableFuture<User> update(String name, RequestOptions options) {
    return attempt(() -> transport.executeAsync(UserApi.updateUserRequest(AccountBodies.userUpdate(name)), options));
  }

  /** Gets the caller's API key for the current project. */
  public CompletableFuture<ApiKeyResponse> getApiKey() {
    return getApiKey(RequestOptions.none());
  }

  /** Gets the caller's API key, with per-call options. */
  public CompletableFuture<ApiKeyResponse> getApiKey(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UserApi.getApiKeyRequest(), options));
  }

  /** Replaces the caller's API key; the old key stops working at once. */
  public CompletableFuture<ApiKeyResponse> regenerateApiKey() {
    return regenerateApiKey(RequestOptions.none());
  }

  /** Replaces the caller's API key, with per-call options. */
  public CompletableFuture<ApiKeyResponse> regenerateApiKey(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UserApi.regenerateApiKeyRequest(), options));
  }
}
