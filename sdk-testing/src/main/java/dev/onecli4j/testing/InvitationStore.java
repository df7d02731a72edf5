package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organization's pending invitations. Guarded by the emulator's state lock. */
final class InvitationStore {
  /** One pending invitation; its token is the credential that redeems it. */
  static final class Invitation {
    final String id;
    final String email;
    final String invitedByEmail;
    final OffsetDateTime createdAt;
    String role;
    String token;
    OffsetDateTime expiresAt;

    Invitation(String id, String email, String invitedByEmail, OffsetDateTime createdAt) {
      this.id = id;
      this.email = email;
      this.invitedByEmail = invitedByEmail;
      this.createdAt = createdAt;
    }

    /** As the invitation list answers it. */
    ObjectNode toJson(OffsetDateTime now) {
      ObjectNode o = EmulatorJson.object().put("id", id).put("email", email).put("role", role);
      o.put("invitedByEmail", invitedByEmail).put("expiresAt", EmulatorJson.time(expiresAt));
      return o.put("createdAt", EmulatorJson.time(createdAt)).put("status", expiresAt.isAfter(now) ? "pending" : "expired");
    }
  }

  private final Map<String, Invitation> byId = new LinkedHashMap<>();

  Invitation get(String id) {
    return byId.get(id);
  }

  Invitation byEmail(String email) {
    for (Invitation i : byId.values()) {
      if (i.email.equals(email)) {
        return i;
      }
    }
    return null;
  }

  void add(Invitation i) {
    byId.put(i.id, i);
  }

  void remove(String id) {
    byId.remove(id);
  }

  /** Newest first. */
  List<Invitation> newestFirst() {
    List<Invitation> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    return list;
  }
}
