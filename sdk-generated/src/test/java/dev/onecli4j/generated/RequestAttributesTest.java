package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.generated.onecli.api.AgentsApi;
import dev.onecli4j.generated.onecli.api.ApprovalsApi;
import dev.onecli4j.generated.onecli.api.GrantsApi;
import dev.onecli4j.generated.onecli.api.OrganizationSecretsApi;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ResponseType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operation's x-onecli4j-attributes reach its built request, for the transport to read. */
class RequestAttributesTest {
  @Test
  void theSpecsAttributesAreOnTheRequestAndSurviveACopy() {
    ApiRequest<?> request = AgentsApi.getAgentRequest("ag_1");
    assertEquals(Map.of("scope", "workspace"), request.attributes());
    assertEquals("workspace", request.attribute("scope"));
    assertEquals("workspace", request.newBuilder().build().attribute("scope"));
    assertEquals("/agents/ag_1", request.path(), "attributes are not sent");
    assertTrue(request.query().isEmpty());
  }

  @Test
  void workspaceRoutesAndGatewayRoutesSayWhatTheyAre() {
    assertEquals(Map.of("scope", "workspace"), GrantsApi.grantAgentSecretRequest("ag_1", "sec_1").attributes());
    assertEquals(Map.of("scope", "workspace"), AgentsApi.listAgentsRequest(null).attributes());
    assertEquals(Map.of("host", "gateway"), ApprovalsApi.listPendingApprovalsRequest(null).attributes());
  }

  @Test
  void anOperationWithoutAttributesHasNone() {
    ApiRequest<?> request = OrganizationSecretsApi.listOrgSecretsRequest();
    assertTrue(request.attributes().isEmpty());
    assertNull(request.attribute("scope"));
    assertThrows(UnsupportedOperationException.class, () -> request.attributes().put("scope", "x"));
    ApiRequest<Void> built =
        ApiRequest.builder("op", "GET", "/x", ResponseType.none()).attribute("scope", "org").build();
    assertEquals("org", built.attribute("scope"));
  }
}
