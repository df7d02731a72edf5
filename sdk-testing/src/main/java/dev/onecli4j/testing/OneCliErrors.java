package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.http.Json;
import dev.onecli4j.validation.ServerIssue;
import java.util.List;

/** The two error shapes of the OneCLI server: flat validation errors and the typed envelope. */
final class OneCliErrors {
  /** Where the server's 404 for unknown routes points to. */
  static final String DOCS_URL = "https://onecli.sh/docs/api-reference";

  private OneCliErrors() {}

  /** 400 {@code {"error": "<message>"}}: the first problem of a route-level body validation. */
  static ApiError flat(String message) {
    ObjectNode body = Json.mapper().createObjectNode().put("error", message);
    return new ApiError(Reply.json(400, body));
  }

  /** {@code {"error": {"message": ..., "type": ...}}} with {@code status}. */
  static Reply envelope(int status, String type, String message) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("error").put("message", message).put("type", type);
    return Reply.json(status, body);
  }

  /**
   * Ends the request with the first of {@code issues} as the server answers it: flat when its
   * body schema found it, the envelope when its service did. Nothing happens without issues.
   */
  static void throwFirst(List<ServerIssue> issues) {
    if (issues.isEmpty()) {
      return;
    }
    ServerIssue first = issues.get(0);
    throw first.stage() == ServerIssue.Stage.BODY ? flat(first.message()) : badRequest(first.message());
  }

  /** 404 {@code not_found_error}. */
  static ApiError notFound(String message) {
    return new ApiError(envelope(404, "not_found_error", message));
  }

  /** 400 {@code invalid_request_error} raised by a service rule (not by body validation). */
  static ApiError badRequest(String message) {
    return new ApiError(envelope(400, "invalid_request_error", message));
  }

  /** 409 {@code invalid_request_error}. */
  static ApiError conflict(String message) {
    return new ApiError(envelope(409, "invalid_request_error", message));
  }

  /** 401 for a missing, unknown or malformed API key. */
  static Reply unauthorized() {
    return envelope(401, "authentication_error", "Invalid API key or token.");
  }

  /** 404 for a route the server does not have. */
  static Reply unknownRoute(String method, String path) {
    return envelope(
        404,
        "invalid_request_error",
        "Unrecognized request URL (" + method + ": " + path + "). Please see " + DOCS_URL + " for available endpoints.");
  }

  /** The error type the server pairs with {@code status}. */
  static String typeFor(int status) {
    switch (status) {
      case 401:
      case 403:
        return "authentication_error";
      case 404:
        return "not_found_error";
      case 422:
        return "validation_error";
      case 429:
        return "rate_limit_error";
      default:
        return status >= 500 ? "api_error" : "invalid_request_error";
    }
  }
}
