package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.testing.Router.Access;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The routes that need no credentials: {@code /health}, {@code /instance}, {@code
 * /gateway-url} (the emulated gateway) and {@code /gateway/ca} (a fixed test certificate, or 503
 * when the emulator plays a server whose gateway never ran).
 */
final class InstanceEndpoint {
  static final String HEALTH = "/health";
  /** The test CA certificate the emulator serves by default. */
  static final String TEST_CA_RESOURCE = "emulator-gateway-ca.pem";

  private final OneCliState state;

  InstanceEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", HEALTH, Access.NONE, (ex, p) -> health());
    router.add("GET", "/instance", Access.NONE, (ex, p) -> instance());
    router.add("GET", "/gateway-url", Access.NONE, (ex, p) -> Reply.json(200, EmulatorJson.object().put("url", state.gatewayUrl())));
    router.add("GET", "/gateway/ca", Access.NONE, (ex, p) -> ca());
  }

  /** The PEM text of the emulator's test CA. */
  static String testCaPem() {
    try (InputStream in = InstanceEndpoint.class.getResourceAsStream(TEST_CA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEST_CA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reply health() {
    return Reply.json(
        200, HealthStatus.builder().status("ok").version(state.serverVersion).timestamp(state.now()).build());
  }

  private Reply instance() {
    ObjectNode o = EmulatorJson.object().put("edition", "onprem").put("entitled", false).put("version", state.serverVersion);
    o.putObject("runners").put("registered", false).put("online", false);
    return Reply.json(200, o);
  }

  private Reply ca() {
    if (state.gatewayCaPem == null) {
      throw OneCliErrors.flat(503, "CA certificate not available. Start the gateway first to generate it.");
    }
    return Reply.text(200, "application/x-pem-file", state.gatewayCaPem)
        .withHeader("Content-Disposition", "attachment; filename=\"onecli-gateway-ca.pem\"");
  }
}
