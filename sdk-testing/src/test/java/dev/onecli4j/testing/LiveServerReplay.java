package dev.onecli4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Replays the recorded run against a real server and prints how far its answers agree with the
 * recording: the live half of the emulator/server differential, run by hand or by a profile
 * that has a server (never by the default build).
 *
 * <p>Environment: {@code ONECLI_BASE_URL} (e.g. {@code http://127.0.0.1:10254/v1}), {@code
 * ONECLI_API_KEY} (a workspace key of a FRESH tenant: the run creates and deletes agents,
 * secrets, connections, workspaces, rules and invitations, and publishes the organization
 * policy), optionally {@code ONECLI_SECOND_API_KEY} (another tenant, for the cross-tenant steps)
 * and {@code ONECLI_ORG_API_KEY} (an organization key of the same tenant); steps needing a key
 * that was not given are skipped. Exits with 1 when status and error type agree on fewer than
 * 95% of the replayed steps.
 */
public final class LiveServerReplay {
  private LiveServerReplay() {}

  /** Runs the replay; see the class comment for the environment. */
  public static void main(String[] args) {
    String base = require("ONECLI_BASE_URL");
    ReplayReport report = replay(target(base, require("ONECLI_API_KEY")));
    report.print(System.out, base, ServerDifferentialTest.KNOWN_DIFFERENCES);
    System.exit(report.statusAndTypeRatio() >= MIN_AGREEMENT ? 0 : 1);
  }

  /** The share of replayed steps whose status and error type must agree with the recording. */
  static final double MIN_AGREEMENT = 0.95;

  /** The target at {@code base} with {@code key}, and the optional second and organization keys from the environment. */
  static FixtureReplay.Target target(String base, String key) {
    return new FixtureReplay.Target(base.replaceAll("/+$", ""), key, blankToNull(System.getenv("ONECLI_SECOND_API_KEY")),
        blankToNull(System.getenv("ONECLI_ORG_API_KEY")));
  }

  /** Replays the recorded run against {@code target}, then removes what it may have left. */
  static ReplayReport replay(FixtureReplay.Target target) {
    try {
      return new ReplayReport(new FixtureReplay(target).run(ServerRecording.steps()));
    } finally {
      cleanUp(target);
    }
  }

  /** Removes what an interrupted or finished run may have left (names the run uses only). */
  private static void cleanUp(FixtureReplay.Target t) {
    OkHttpClient http = new OkHttpClient();
    Cleaner c = new Cleaner(http, t.baseUrl(), t.apiKey());
    c.deleteNamed("/agents", "identifier", "rec-", "/agents/");
    c.deleteNamed("/secrets", "name", "rec ", "/secrets/");
    c.deleteNamed("/org/secrets", "name", "rec ", "/org/secrets/");
    c.deleteNamed("/connections", "label", "rec ", "/connections/");
    c.deleteNamed("/org/connections", "label", "rec ", "/org/connections/");
    c.deleteNamed("/org/policy/rules", "name", "rec ", "/org/policy/rules/");
    c.deleteNamed("/org/invitations", "email", "rec-", "/org/invitations/");
    c.send("PATCH", "/org/policy/default", "{\"action\":\"allow\"}");
    c.send("POST", "/org/policy/publish", null);
  }

  private record Cleaner(OkHttpClient http, String base, String key) {
    void deleteNamed(String list, String field, String prefix, String item) {
      try {
        for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(send("GET", list, null))) {
          if (n.path(field).asText("").startsWith(prefix)) {
            send("DELETE", item + n.path("id").asText(), null);
          }
        }
      } catch (IOException | RuntimeException e) {
        System.err.println("cleanup of " + list + " failed: " + e.getClass().getSimpleName());
      }
    }

    String send(String method, String path, String json) {
      RequestBody body = json != null ? RequestBody.create(json, MediaType.get("application/json"))
          : method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], null);
      Request r = new Request.Builder().url(base + path).header("Authorization", "Bearer " + key).method(method, body).build();
      try (Response res = http.newCall(r).execute()) {
        return res.body().string();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String require(String name) {
    String v = blankToNull(System.getenv(name));
    if (v == null) {
      System.err.println(name + " is not set; see the class comment of " + LiveServerReplay.class.getName());
      System.exit(2);
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
