package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ServerIssue;
import java.util.List;

/** The two error shapes of the OneCLI server: flat validation errors and the typed envelope. */
final class OneCliErrors {
  /** Where the server's 404 for unknown routes points to. */
  static final String DOCS_URL = "https://onecli.sh/docs/api-reference";

  private OneCliErrors() {}

  /** 400 {@code {"error": "<message>"}}: the first problem of a route-level body validation. */
  static ApiError flat(String message) {
    return flat(400, message);
  }

  /** {@code {"error": "<message>"}} with {@code status}. */
  static ApiError flat(int status, String message) {
    ObjectNode body = EmulatorJson.mapper().createObjectNode().put("error", message);
    return new ApiError(Reply.json(status, body));
  }

  /** 422 {@code validation_error}: the first problem of a grants or policy body, a service refusal. */
  static ApiError unprocessable(String message) {
    return new ApiError(envelope(422, "validation_error", message));
  }

  /** 410 {@code invalid_request_error}: a retired route. */
  static ApiError gone(String message) {
    return new ApiError(envelope(410, "invalid_request_error", message));
  }

  /** 403 {@code authentication_error}: a refusal the policy validator of a server without licence gives. */
  static ApiError forbidden(String message) {
    return new ApiError(envelope(403, "authentication_error", message));
  }

  /** 403 {@code enterprise_license_required}: a route that needs an Enterprise licence. */
  static Reply unlicensed(String message) {
    return envelope(403, "enterprise_license_required", message);
  }

  /** 500 {@code api_error}, the server's answer to an unhandled failure. */
  static ApiError internal() {
    return new ApiError(envelope(500, "api_error", "An unexpected error occurred."));
  }

  /** 401 with {@code message}. */
  static ApiError unauthorized(String message) {
    return new ApiError(envelope(401, "authentication_error", message));
  }

  /** {@code {"error": {"message": ..., "type": ...}}} with {@code status}. */
  static Reply envelope(int status, String type, String message) {
    ObjectNode body = EmulatorJson.mapper().createObjectNode();
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

  /** Ends the request with the first of {@code problems} as a flat 400, as a route's body schema answers. */
  static void flatFirst(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw flat(problems.get(0).message());
    }
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
