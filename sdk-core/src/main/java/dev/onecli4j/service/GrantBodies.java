package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.ConnectionGrantRequest;
import dev.onecli4j.generated.onecli.model.GrantAccess;
import dev.onecli4j.param.ConnectionGrantParams;

/**
 * Builds the body of a connection grant, from either side: {@code {"access":"full"}}, or a custom
 * grant with both tool lists always present; {@code resources} only when set, {@code null}
 * included.
 */
final class GrantBodies {
  private GrantBodies() {}

  static ConnectionGrantRequest connection(ConnectionGrantParams p) {
    ConnectionGrantRequest.Builder b = ConnectionGrantRequest.builder().access(p.access());
    if (GrantAccess.CUSTOM.equals(p.access())) {
      b.allow(p.allow()).ask(p.ask());
    }
    Bodies.setIf(p.resourcesSet(), p.resources(), b::resources);
    return b.build();
  }
}
