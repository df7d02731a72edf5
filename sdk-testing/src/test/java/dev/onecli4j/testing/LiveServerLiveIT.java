package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live check against a real server ({@code mvn -B verify -Plive -pl sdk-testing,examples
 * -am}): {@code ONECLI_BASE_URL} and {@code ONECLI_API_KEY} name the server and a workspace key
 * of a FRESH tenant (optionally {@code ONECLI_SECOND_API_KEY}, {@code ONECLI_ORG_API_KEY}, see
 * {@link LiveServerReplay}). First the recorded run replays and must agree on status and error
 * type for 95% of its steps; then every facade method that is not deprecated is called and none
 * may be retired or unknown to the server. Both leave the tenant as they found it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveServerLiveIT {
  private static String env(String name) {
    String value = System.getenv(name);
    assertTrue(value != null && !value.isBlank(), name + " must name the server to check (see the class comment)");
    return value;
  }

  @Test
  @Order(1)
  void theRecordedRunReplaysOnTheServer() {
    String base = env("ONECLI_BASE_URL");
    ReplayReport report = LiveServerReplay.replay(LiveServerReplay.target(base, env("ONECLI_API_KEY")));
    report.print(System.out, base, ServerDifferentialTest.KNOWN_DIFFERENCES);
    assertTrue(report.statusAndTypeRatio() >= LiveServerReplay.MIN_AGREEMENT, "agreement " + report.statusAndTypeRatio());
  }

  @Test
  @Order(2)
  void noFacadeMethodIsRetiredOrUnknownToTheServer() {
    String base = env("ONECLI_BASE_URL");
    try (OneCli client = OneCli.builder().baseUrl(base).apiKey(env("ONECLI_API_KEY")).build()) {
      int agents = client.agents().list().size();
      int secrets = client.secrets().list().size();
      FacadeRouteCheck check = new FacadeRouteCheck(client, key -> OneCli.builder().baseUrl(base).apiKey(key).build()).run();
      check.print(System.out);
      assertEquals(Set.of(), check.notCalled(), "every non-deprecated method is called");
      assertEquals(List.of(), check.failures());
      assertEquals(agents, client.agents().list().size(), "the check leaves no agent behind");
      assertEquals(secrets, client.secrets().list().size(), "the check leaves no secret behind");
    }
  }
}
