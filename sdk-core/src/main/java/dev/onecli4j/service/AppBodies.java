package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.AppConnectRequest;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.SecretValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the body that connects an app from credentials, for a workspace or the organization. */
final class AppBodies {
  private AppBodies() {}

  static AppConnectRequest connect(AppConnectParams p) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, SecretValue> e : p.fields().entrySet()) {
      fields.put(e.getKey(), e.getValue().reveal());
    }
    return AppConnectRequest.builder()
        .fields(fields)
        .connectionId(p.connectionId())
        .label(p.label())
        .method(p.method())
        .build();
  }
}
