package dev.onecli4j.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a server without an Enterprise licence refuses with 403 {@code
 * enterprise_license_required} before anything else, credentials included.
 */
final class LicenceGates {
  private static final Map<List<String>, String> GATES = new LinkedHashMap<>();

  static {
    String sso = "Single sign-on, verified domains & SCIM";
    gate("Member provisioning", "team");
    gate("Members directory API", "org", "members");
    gate("Directory groups", "org", "groups");
    gate("Directory groups", "org", "role-mappings");
    gate("App availability control", "org", "app-availability");
    gate(sso, "org", "domains");
    gate(sso, "org", "sso");
    gate(sso, "org", "scim");
  }

  private LicenceGates() {}

  private static void gate(String feature, String... prefix) {
    GATES.put(Arrays.asList(prefix), feature + " requires a OneCLI Enterprise license.");
  }

  /** The refusal for a path below a gated prefix, or {@code null}. */
  static Reply check(List<String> segments) {
    if (segments.size() >= 3 && segments.get(0).equals("workspaces")) {
      return OneCliErrors.unlicensed("Workspace sharing requires a OneCLI Enterprise license.");
    }
    for (Map.Entry<List<String>, String> e : GATES.entrySet()) {
      List<String> prefix = e.getKey();
      if (segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix)) {
        return OneCliErrors.unlicensed(e.getValue());
      }
    }
    return null;
  }
}
