package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes by method and path template ({@code /secrets/{secretId}}). A template with more literal
 * segments wins over one with parameters, so {@code /apps/configured} beats {@code /apps/{provider}}.
 */
final class Router {
  /** The code behind one route. */
  interface Endpoint {
    Reply handle(Exchange exchange, Map<String, String> params);
  }

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; the first one added wins among equally specific ones. */
  Router add(String method, String template, Endpoint endpoint) {
    routes.add(new Route(method, template, endpoint));
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
    int bestLiterals = -1;
    for (Route r : routes) {
      if (!r.method.equals(method)) {
        continue;
      }
      Map<String, String> params = r.match(segments);
      if (params != null && r.literals > bestLiterals) {
        best = new Match(r, params);
        bestLiterals = r.literals;
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

    Reply handle(Exchange exchange) {
      return route.endpoint.handle(exchange, params);
    }
  }

  private static final class Route {
    final String method;
    final String template;
    final Endpoint endpoint;
    final List<String> parts;
    final int literals;

    Route(String method, String template, Endpoint endpoint) {
      this.method = method;
      this.template = template;
      this.endpoint = endpoint;
      this.parts = Arrays.asList(template.substring(1).split("/", -1));
      int n = 0;
      for (String p : parts) {
        if (!isParam(p)) {
          n++;
        }
      }
      this.literals = n;
    }

    Map<String, String> match(List<String> segments) {
      if (segments.size() != parts.size()) {
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
