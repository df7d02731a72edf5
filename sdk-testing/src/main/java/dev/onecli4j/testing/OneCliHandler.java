package dev.onecli4j.testing;

import java.util.Arrays;
import java.util.List;

/**
 * The OneCLI API v1 (server 2.0.1) behind {@link OneCliEmulator}: the project-era bridge,
 * licence gates, routing, API-key authentication, and the endpoints, which run one at a time
 * under the state's lock.
 */
final class OneCliHandler implements Handler {
  static final List<String> BASE = Arrays.asList("v1");

  /** Prefixes whose routers check the key before they know the route (an unknown path there is a 401 first). */
  private static final List<List<String>> AUTHENTICATED_PREFIXES =
      Arrays.asList(
          Arrays.asList("agents"),
          Arrays.asList("secrets"),
          Arrays.asList("connections"),
          Arrays.asList("user"),
          Arrays.asList("counts"),
          Arrays.asList("vaults"),
          Arrays.asList("container-config"),
          Arrays.asList("credential-stubs"),
          Arrays.asList("skill"),
          Arrays.asList("org", "policy"));

  private final OneCliState state;
  private final Authenticator auth;
  private final Router router = new Router();

  OneCliHandler(OneCliState state) {
    this.state = state;
    this.auth = new Authenticator(state);
    new InstanceEndpoint(state).register(router);
    new UserEndpoint(state).register(router);
    new AgentsEndpoint(state).register(router);
    SecretsEndpoint.workspace(state).register(router);
    SecretsEndpoint.organization(state).register(router);
    new GrantsEndpoint(state).register(router);
    new ReflectionsEndpoint().register(router);
    new ConnectionsEndpoint(state).register(router);
    new AppsEndpoint(state).register(router);
    new WorkspacesEndpoint(state).register(router);
    new OrgPolicyEndpoint(state).register(router);
    new InvitationsEndpoint(state).register(router);
    RetiredRoutes.register(router);
    CannedResponses.register(router);
  }

  /** Every route, as {@code "GET /secrets"} ({@code "* /rules/**"} for any method and deeper paths). */
  List<String> routes() {
    return router.keys();
  }

  @Override
  public Reply handle(Exchange ex) {
    LegacyProjectCompat compat = LegacyProjectCompat.of(ex);
    return compat.mark(route(ex, compat));
  }

  @Override
  public Reply failure(Exchange ex, int status, String message) {
    return LegacyProjectCompat.of(ex).mark(OneCliErrors.envelope(status, OneCliErrors.typeFor(status), message));
  }

  private Reply route(Exchange ex, LegacyProjectCompat compat) {
    List<String> segments = compat.segments;
    if (segments == null) {
      return OneCliErrors.unknownRoute(ex.method(), ex.path());
    }
    Reply gate = LicenceGates.check(segments);
    if (gate != null) {
      return gate;
    }
    Router.Match match = router.match(ex.method(), segments);
    synchronized (state) {
      try {
        if (match == null) {
          if (underAuthenticatedPrefix(segments)) {
            if (segments.get(0).equals("org")) {
              auth.organization(ex);
            } else {
              auth.workspace(ex, compat.workspaceHeader);
            }
          }
          return OneCliErrors.unknownRoute(ex.method(), ex.path());
        }
        if (match.access() == Router.Access.WORKSPACE) {
          ex.caller(auth.workspace(ex, compat.workspaceHeader));
        } else if (match.access() == Router.Access.ORGANIZATION) {
          ex.caller(auth.organization(ex));
        }
        return match.handle(ex);
      } catch (ApiError e) {
        return e.reply();
      }
    }
  }

  private static boolean underAuthenticatedPrefix(List<String> segments) {
    for (List<String> prefix : AUTHENTICATED_PREFIXES) {
      if (segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix)) {
        return true;
      }
    }
    return false;
  }
}
