package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerMembersApi;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.PartnerMember;
import dev.onecli4j.generated.onecli.model.PartnerMemberRoleChangeRequest;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.MemberAddParams;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PartnerMembersService}. */
public final class PartnerMembersServiceAsync {
  private final HttpTransport transport;

  /**
   * Binds the service to a transport; applications get it from {@code client.async().partner().members()}.
   */
  public PartnerMembersServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the members of the partner account. */
  public CompletableFuture<List<PartnerMember>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the members of the partner account, with per-call options. */
  public CompletableFuture<List<PartnerMember>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(PartnerMembersApi.listPartnerMembersRequest(), options));
  }

  /** Invites a person by email as admin or member. */
  public CompletableFuture<PartnerMember> add(MemberAddParams params) {
    return add(params, RequestOptions.none());
  }

  /** Invites a person, with per-call options. */
  public CompletableFuture<PartnerMember> add(MemberAddParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("add", "params", params);
          return transport.executeAsync(
              PartnerMembersApi.addPartnerMemberRequest(PartnerBodies.member(params)), options);
        });
  }

  /** Gives a member the admin or the member role; the owner's role is fixed. */
  public CompletableFuture<SuccessResponse> changeRole(String userId, MemberRole role) {
    return changeRole(userId, role, RequestOptions.none());
  }

  /** Changes the role of a member, with per-call options. */
  public CompletableFuture<SuccessResponse> changeRole(
      String userId, MemberRole role, RequestOptions options) {
    return attempt(
        () -> {
          Problems.of("changeRole").requiredId("userId", userId).required("role", role).throwIfAny();
          return transport.executeAsync(
              PartnerMembersApi.changePartnerMemberRoleRequest(
                  userId, PartnerMemberRoleChangeRequest.builder().role(role).build()),
              options);
        });
  }

  /** Takes a member out of the partner account; the owner cannot be removed. */
  public CompletableFuture<Void> remove(String userId) {
    return remove(userId, RequestOptions.none());
  }

  /** Takes a member out of the partner account, with per-call options. */
  public CompletableFuture<Void> remove(String userId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("remove", "userId", userId);
          return transport.executeAsync(PartnerMembersApi.removePartnerMemberRequest(userId), options);
        });
  }
}
