package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.InvitationRules;
import dev.onecli4j.validation.JsText;
import java.time.Duration;

/**
 * {@code /org/invitations}: list, invite, cancel. Inviting an address again answers the same
 * invitation with a new token; inviting a member, or sending no body, fails with the server's
 * 500. Nothing is e-mailed; the answer's {@code joinUrl} carries the redeeming token.
 */
final class InvitationsEndpoint {
  private static final Duration VALIDITY = Duration.ofDays(7);

  private final OneCliState state;

  InvitationsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/org/invitations", Access.ORGANIZATION, (ex, p) -> {
      ArrayNode out = EmulatorJson.array();
      ex.caller().org.invitations.newestFirst().forEach(i -> out.add(i.toJson(state.now())));
      return Reply.json(200, out);
    });
    router.add("POST", "/org/invitations", Access.ORGANIZATION, (ex, p) -> invite(ex));
    router.add("DELETE", "/org/invitations/{invitationId}", Access.ORGANIZATION, (ex, p) -> {
      InvitationStore store = ex.caller().org.invitations;
      if (store.get(p.get("invitationId")) == null) {
        throw OneCliErrors.flat(404, "Invitation not found");
      }
      store.remove(p.get("invitationId"));
      return Reply.empty(204);
    });
  }

  private Reply invite(Exchange ex) {
    JsonNode body = ex.json();
    if (body == null) {
      throw OneCliErrors.internal();
    }
    OneCliErrors.flatFirst(InvitationRules.create(body));
    String email = JsText.trim(body.get("email").asText()).toLowerCase(java.util.Locale.ROOT);
    EmulatedOrg org = ex.caller().org;
    if (org.hasMember(email)) {
      throw OneCliErrors.internal();
    }
    InvitationStore.Invitation i = org.invitations.byEmail(email);
    if (i == null) {
      i = new InvitationStore.Invitation(Ids.uuid(), email, ex.caller().user.email, state.now());
      org.invitations.add(i);
    }
    i.role = body.get("role").asText();
    i.token = Ids.inviteToken();
    i.expiresAt = state.now().plus(VALIDITY);
    ObjectNode out = EmulatorJson.object().put("id", i.id).put("joinUrl", state.appUrl() + "/join?token=" + i.token);
    return Reply.json(201, out.put("emailed", false));
  }
}
