package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.OrgAppPermissionsSetRequest;
import dev.onecli4j.generated.onecli.model.OrgRuleCreateRequest;
import dev.onecli4j.generated.onecli.model.OrgRuleUpdateRequest;
import dev.onecli4j.generated.onecli.model.Permission;
import dev.onecli4j.generated.onecli.model.PermissionChange;
import dev.onecli4j.generated.onecli.model.ProjectPermissionChange;
import dev.onecli4j.generated.onecli.model.RuleCreateRequest;
import dev.onecli4j.generated.onecli.model.RulePermissionsSetRequest;
import dev.onecli4j.generated.onecli.model.RuleUpdateRequest;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.param.RulePermissionsSetParams;
import dev.onecli4j.param.RuleUpdateParams;
import dev.onecli4j.validation.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns rule params into the request body of each scope. Organization rules and permissions are
 * never tied to an agent, so {@code agentId} and {@code inherit} are refused for them; an
 * organization rule's body is the workspace body, which then has no {@code agentId}.
 */
final class RuleBodies {
  private RuleBodies() {}

  static RuleCreateRequest project(RuleCreateParams p) {
    return RuleCreateRequest.builder()
        .name(p.name())
        .hostPattern(p.hostPattern())
        .pathPattern(p.pathPattern())
        .method(p.method())
        .action(p.action())
        .enabled(p.enabled())
        .agentId(p.agentId())
        .rateLimit(p.rateLimit())
        .rateLimitWindow(p.rateLimitWindow())
        .conditions(p.conditions())
        .build();
  }

  static OrgRuleCreateRequest org(RuleCreateParams p) {
    return withoutAgent(p.agentId() == null, project(p), OrgRuleCreateRequest.class);
  }

  static RuleUpdateRequest project(RuleUpdateParams p) {
    RuleUpdateRequest.Builder b =
        RuleUpdateRequest.builder()
            .name(p.name())
            .hostPattern(p.hostPattern())
            .action(p.action())
            .enabled(p.enabled());
    Bodies.setIf(p.pathPatternSet(), p.pathPattern(), b::pathPattern);
    Bodies.setIf(p.methodSet(), p.method(), b::method);
    Bodies.setIf(p.agentIdSet(), p.agentId(), b::agentId);
    Bodies.setIf(p.rateLimitSet(), p.rateLimit(), b::rateLimit);
    Bodies.setIf(p.rateLimitWindowSet(), p.rateLimitWindow(), b::rateLimitWindow);
    Bodies.setIf(p.conditionsSet(), p.conditions(), b::conditions);
    return b.build();
  }

  static OrgRuleUpdateRequest org(RuleUpdateParams p) {
    return withoutAgent(!p.agentIdSet(), project(p), OrgRuleUpdateRequest.class);
  }

  static RulePermissionsSetRequest project(RulePermissionsSetParams p) {
    return RulePermissionsSetRequest.builder()
        .changes(p.changes())
        .conditions(p.conditions())
        .agentId(p.agentId())
        .build();
  }

  static OrgAppPermissionsSetRequest org(RulePermissionsSetParams p) {
    Problems problems =
        Problems.of("organization permissions")
            .check(p.agentId() == null, "agentId", "is not supported for organization permissions");
    List<PermissionChange> changes = new ArrayList<>(p.changes().size());
    for (int i = 0; i < p.changes().size(); i++) {
      ProjectPermissionChange c = p.changes().get(i);
      problems.check(
          !ProjectPermissionChange.PermissionEnum.INHERIT.equals(c.permission()),
          "changes[" + i + "].permission",
          "inherit is not supported for organization permissions");
      changes.add(
          PermissionChange.builder().toolId(c.toolId()).permission(Permission.of(c.permission().value())).build());
    }
    problems.throwIfAny();
    return OrgAppPermissionsSetRequest.builder().changes(changes).conditions(p.conditions()).build();
  }

  /** The workspace body of a rule as the organization body, which is never tied to an agent. */
  private static <T> T withoutAgent(boolean noAgent, Object body, Class<T> type) {
    Problems.of("organization rule").check(noAgent, "agentId", "is not supported for organization rules").throwIfAny();
    return Bodies.as(type, body);
  }
}
