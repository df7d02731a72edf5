package dev.onecli4j.service;

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

/** People who can sign in to the partner portal. */
public final class PartnerMembersService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.partner().members()}. */
  public PartnerMembersService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the members of the partner account. */
  public List<PartnerMember> list() {
    return list(RequestOptions.none());
  }

  /** Lists the members of the partner account, with per-call options. */
  public List<PartnerMember> list(RequestOptions options) {
    return transport.execute(PartnerMembersApi.listPartnerMembersRequest(), options);
  }

  /** Invites a person by email as admin or member. */
  public PartnerMember add(MemberAddParams params) {
    return add(params, RequestOptions.none());
  }

  /** Invites a person, with per-call options. */
  public PartnerMember add(MemberAddParams params, RequestOptions options) {
    Args.required("add", "params", params);
    return transport.execute(
        PartnerMembersApi.addPartnerMemberRequest(PartnerBodies.member(params)), options);
  }

  /** Gives a member the admin or the member role; the owner's role is fixed. */
  public SuccessResponse changeRole(String userId, MemberRole role) {
    return changeRole(userId, role, RequestOptions.none());
  }

  /** Changes the role of a member, with per-call options. */
  public SuccessResponse changeRole(String userId, MemberRole role, RequestOptions options) {
    Problems.of("changeRole").requiredId("userId", userId).required("role", role).throwIfAny();
    return transport.execute(
        PartnerMembersApi.changePartnerMemberRoleRequest(
            userId, PartnerMemberRoleChangeRequest.builder().role(role).build()),
        options);
  }

  /** Takes a member out of the partner account; the owner cannot be removed. */
  public void remove(String userId) {
    remove(userId, RequestOptions.none());
  }

  /** Takes a member out of the partner account, with per-call options. */
  public void remove(String userId, RequestOptions options) {
    Args.id("remove", "userId", userId);
    transport.execute(PartnerMembersApi.removePartnerMemberRequest(userId), options);
  }
}
