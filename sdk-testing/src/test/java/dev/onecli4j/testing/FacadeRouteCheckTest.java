package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facade route check against the emulator (which follows the server 2.0.1): every method
 * that is not deprecated is called, none is retired or missing, and the check would notice one
 * that is.
 */
class FacadeRouteCheckTest {
  @Test
  void noFacadeMethodIsRetiredOrMissingOnTheEmulator() {
    try (OneCliEmulator emulator = OneCliEmulator.start(); OneCli client = emulator.client()) {
      FacadeRouteCheck check = new FacadeRouteCheck(client, key -> emulator.clientBuilder().apiKey(key).build()).run();
      check.print(System.out);
      assertEquals(Set.of(), check.notCalled(), "every non-deprecated method is called");
      assertEquals(List.of(), check.failures());
      assertTrue(check.outcomes().size() > 100, "methods called: " + check.outcomes().size());
      assertTrue(emulator.client().agents().list().isEmpty(), "the check left no agent behind");
      assertTrue(emulator.client().secrets().list().isEmpty(), "the check left no secret behind");
    }
  }

  /** Negative control: a deprecated method that answers 410 is a failure, and the list omits deprecated methods. */
  @Test
  @SuppressWarnings("deprecation")
  void theCheckFailsARetiredRoute() {
    try (OneCliEmulator emulator = OneCliEmulator.start(); OneCli client = emulator.client()) {
      FacadeRouteCheck check = new FacadeRouteCheck(client, key -> client);
      check.call("RulesService.list", () -> client.rules().list());
      check.call("PartnerOrgsService.list", () -> client.partner().orgs().list());
      assertEquals(2, check.failures().size(), check.failures().toString());
      assertTrue(check.failures().get(0).contains("GoneException"), check.failures().toString());
      assertTrue(check.failures().get(1).contains("RouteNotFoundException"), check.failures().toString());
      assertTrue(FacadeRouteCheck.nonDeprecatedMethods().contains("AgentsService.grantSecret"));
      assertTrue(!FacadeRouteCheck.nonDeprecatedMethods().contains("AgentsService.getSecrets"));
      assertTrue(FacadeRouteCheck.nonDeprecatedMethods().stream().noneMatch(m -> m.startsWith("Partner") || m.startsWith("Rules")));
    }
  }
}
