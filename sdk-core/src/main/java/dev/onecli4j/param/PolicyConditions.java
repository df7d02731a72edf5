package dev.onecli4j.param;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.internal.http.Json;
import java.util.List;

/**
 * The {@code conditions} of an organization policy rule, which are either up to ten
 * request-body conditions or the repositories or folders a connection target is limited to;
 * both are sent as JSON. For {@link OrgPolicyRuleCreateParams.Builder#conditions}.
 */
public final class PolicyConditions {
  private PolicyConditions() {}

  /**
   * Request-body conditions, e.g. {@code [{"target":"body","operator":"contains","value":"x"}]}.
   *
   * @param conditions the conditions
   * @return their JSON, or {@code null} for {@code null}
   */
  public static JsonNode of(List<RuleCondition> conditions) {
    return conditions == null ? null : Json.mapper().valueToTree(conditions);
  }

  /**
   * Resource scoping: {@code {"repositories":[...]}} or {@code {"folders":[...]}}.
   *
   * @param resources the repositories or folders
   * @return their JSON, or {@code null} for {@code null}
   */
  public static JsonNode resources(ResourceSelection resources) {
    return resources == null ? null : Json.mapper().valueToTree(resources);
  }
}
