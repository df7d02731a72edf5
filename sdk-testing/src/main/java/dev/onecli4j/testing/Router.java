package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes by method and path template ({@code /secrets/{secretId}}). A template with more literal
 * segments wins over one with parameters, so {@code /apps/configured} beats {@code
 * /apps/{provider}}; among equally specific ones the first added wins. A route may take every
 * method ({@link #ANY}), and a template may end in {@code /**} to take any deeper path too
 * (the server's catch-all tombstones); such a route loses to every exact one.
 */
final class Router {
  /** The method of a route that takes every method. */
  static final String ANY = "*";

  /** The code behind one route. */
  interface Endpoint {
    Reply handle(Exchange exchange, Map<String, String> params);
  }

  /** Who may call a route. */
  enum Access {
    /** Anyone; credentials are not read. */
    NONE,
    /** A workspace key, or an organization key with {@code X-Workspace-Id}. */
    WORKSPACE,
    /** Any key of a member of the organization; no workspace header needed. */
    ORGANIZATION
  }

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route whose endpoint checks credentials itself. */
  Router add(String method, String template, Endpoint endpoint) {
    return add(method, template, Access.NONE, endpoint);
  }

  /** Adds a route that needs {@code access}. */
  Router add(String method, String template, Access access, Endpoint endpoint) {
    routes.add(new Route(method, template, access, endpoint));
    return this;
  }

  /** Whether a route with exactly this method and template exists. */
  boolean has(String method, String template) {
    for (Route r : routes) {
      if (r.method.equals(method) && r.template.equals(template)) {
        return true;
      }
    }
    return false;
  }

  /** The method and template of every route, as {@code "GET /secrets"}. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Route r : routes) {
      keys.add(r.method + " " + r.template);
    }
    return keys;
  }

  /** The best route for the request, or {@code null}. */
  Match match(String method, List<String> segments) {
    Match best = null;
    int bestRank = -1;
    for (Route r : routes) {
      if (!r.method.equals(method) && !r.method.equals(ANY)) {
        continue;
      }
      Map<String, String> params = r.match(segments);
      if (params != null && r.rank > bestRank) {
        best = new Match(r, params);
        bestRank = r.rank;
      }
    }
    return best;
  }

  /** A matched route with its path parameters. */
  static final class Match {
    private final Route route;
    private final Map<String, String> params;

    private Match(Route route, Map<String, String> params) {
      this.route = route;
      this.params = Collections.unmodifiableMap(params);
    }

    String template() {
      return route.template;
    }

    Access access() {
      return route.access;
    }

    Reply handle(Exchange exchange) {
      return route.endpoint.handle(exchange, params);
    }
  }

  private static final class Route {
    final String method;
    final String template;
    final Access access;
    final Endpoint endpoint;
    final List<String> parts;
    final boolean deep;
    final int rank;

    Route(String method, String template, Access access, Endpoint endpoint) {
      this.method = method;
      this.template = template;
      this.access = access;
      this.endpoint = endpoint;
      this.deep = template.endsWith("/**");
      String fixed = deep ? template.substring(0, template.length() - 3) : template;
      this.parts = fixed.isEmpty() ? Collections.emptyList() : Arrays.asList(fixed.substring(1).split("/", -1));
      int n = 0;
      for (String p : parts) {
        if (!isParam(p)) {
          n++;
        }
      }
      this.rank = deep ? n : 1000 + n;
    }

    Map<String, String> match(List<String> segments) {
      if (deep ? segments.size() < parts.size() : segments.size() != parts.size()) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        String segment = segments.get(i);
        if (isParam(part)) {
          if (segment.isEmpty()) {
            return null;
          }
          params.put(part.substring(1, part.length() - 1), segment);
        } else if (!part.equals(segment)) {
          return null;
        }
      }
      return params;
    }

    private static boolean isParam(String part) {
      return part.startsWith("{") && part.endsWith("}");
    }
  }
}
