package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.OrgPolicyRuleUpdateRequest;
import dev.onecli4j.param.OrgPolicyRuleUpdateParams;

/** Builds the body of an organization policy rule change: the fields set, explicit nulls included. */
final class PolicyBodies {
  private PolicyBodies() {}

  static OrgPolicyRuleUpdateRequest update(OrgPolicyRuleUpdateParams p) {
    return Bodies.as(OrgPolicyRuleUpdateRequest.class, p.changes());
  }
}
