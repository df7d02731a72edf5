package dev.onecli4j.internal.http;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.util.Map;

/**
 * Whether a call would reach a workspace's route with an organization API key and no workspace:
 * the server refuses that with 401. Operations of a workspace carry the attribute {@code
 * scope=workspace}; the workspace may come from the client ({@code workspaceId}, {@code
 * projectId}, a default header or {@code _project} query value) or from the call's options. An
 * empty value counts as none, as on the server.
 */
final class WorkspaceScope {
  /** The prefix of organization API keys. */
  static final String ORG_KEY_PREFIX = "oc_org_";

  private WorkspaceScope() {}

  static boolean lacksWorkspace(ApiRequest<?> request, ClientOptions options, RequestOptions ro) {
    if (!"workspace".equals(request.attribute("scope")) || !isOrgKey(options, ro)) {
      return false;
    }
    return !named(options.workspaceId())
        && !named(options.projectId())
        && !named(header(options.headers(), "X-Workspace-Id"))
        && !named(header(options.headers(), "X-Project-Id"))
        && !named(header(ro.headers(), "X-Workspace-Id"))
        && !named(header(ro.headers(), "X-Project-Id"))
        && !named(options.queryParams().get("_project"))
        && !named(ro.queryParams().get("_project"));
  }

  private static boolean isOrgKey(ClientOptions options, RequestOptions ro) {
    String authorization = header(ro.headers(), "Authorization");
    if (authorization != null) {
      return authorization.trim().startsWith("Bearer " + ORG_KEY_PREFIX);
    }
    String key = options.apiKey();
    return key != null && key.trim().startsWith(ORG_KEY_PREFIX);
  }

  private static String header(Map<String, String> headers, String name) {
    if (headers.isEmpty()) {
      return null; // the common case, without an iterator
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean named(String value) {
    return value != null && !value.trim().isEmpty();
  }
}
