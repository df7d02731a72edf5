package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.PartnerBudgetSetRequest;
import dev.onecli4j.generated.onecli.model.PartnerMemberAddRequest;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.param.MemberAddParams;

/** Turns partner params into request bodies. */
final class PartnerBodies {
  private PartnerBodies() {}

  static PartnerBudgetSetRequest budget(BudgetSetParams p) {
    return PartnerBudgetSetRequest.builder().limitCents(p.limitCents()).period(p.period()).build();
  }

  static PartnerMemberAddRequest member(MemberAddParams p) {
    return PartnerMemberAddRequest.builder().email(p.email()).role(p.role()).build();
  }
}
