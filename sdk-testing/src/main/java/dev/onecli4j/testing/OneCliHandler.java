package dev.onecli4j.testing;

import java.util.Arrays;
import java.util.List;

/**
 * The OneCLI API v1 behind {@link OneCliEmulator}: routing, API-key authentication, the
 * workspace headers (with the deprecation headers of the legacy {@code X-Project-Id}), and the
 * endpoints, which run one at a time under the state's lock.
 */
final class OneCliHandler implements Handler {
  static final List<String> BASE = Arrays.asList("v1");
  static final String DEPRECATION_LINK = "<" + OneCliErrors.DOCS_URL + ">; rel=\"deprecation\"";

  private final OneCliState state;
  private final Router router = new Router();

  OneCliHandler(OneCliState state) {
    this.state = state;
    new UserEndpoint(state).register(router);
    new SecretsEndpoint(state).register(router);
    new AgentsEndpoint(state).register(router);
    new RulesEndpoint(state).register(router);
    CannedResponses.register(router);
  }

  /** Every route, as {@code "GET /secrets"}. */
  List<String> routes() {
    return router.keys();
  }

  @Override
  public Reply handle(Exchange ex) {
    return deprecate(ex, route(ex));
  }

  @Override
  public Reply failure(Exchange ex, int status, String message) {
    return deprecate(ex, OneCliErrors.envelope(status, OneCliErrors.typeFor(status), message));
  }

  private Reply route(Exchange ex) {
    Router.Match match = ex.segments() == null ? null : router.match(ex.method(), ex.segments());
    if (match == null) {
      return OneCliErrors.unknownRoute(ex.method(), ex.path());
    }
    if (!UserEndpoint.HEALTH.equals(match.template())) {
      if (!AuthCheck.acceptsApiKey(ex, state.apiKey())) {
        return OneCliErrors.unauthorized();
      }
      if (!matchesWorkspace(ex.header("X-Workspace-Id")) || !matchesWorkspace(ex.header("X-Project-Id"))) {
        return OneCliErrors.envelope(404, "not_found_error", "Workspace not found");
      }
    }
    synchronized (state) {
      try {
        return match.handle(ex);
      } catch (ApiError e) {
        return e.reply();
      }
    }
  }

  private boolean matchesWorkspace(String header) {
    return header == null || header.trim().equals(state.workspaceId);
  }

  private static Reply deprecate(Exchange ex, Reply reply) {
    if (ex.header("X-Project-Id") == null) {
      return reply;
    }
    return reply.withHeader("Deprecation", "true").withHeader("Link", DEPRECATION_LINK);
  }
}
