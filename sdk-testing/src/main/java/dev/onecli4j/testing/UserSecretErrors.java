package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The user-secrets API's one error envelope: {@code {code, detail, type}} plus field {@code errors}. */
final class UserSecretErrors {
  private UserSecretErrors() {}

  /** The envelope with {@code status}, a message and its type. */
  static Reply canonical(int status, String type, String detail) {
    return Reply.json(status, body(status, type, detail));
  }

  /** 401 for a missing or unknown token. */
  static Reply unauthorized() {
    return canonical(401, "authentication_error", "Authentication failed");
  }

  /** 404 {@code not_found_error}. */
  static ApiError notFound(String detail) {
    return new ApiError(canonical(404, "not_found_error", detail));
  }

  /** 409 for a name that is taken. */
  static ApiError conflict(String detail) {
    return new ApiError(canonical(409, "conflict_error", detail));
  }

  /** 422 listing every field problem. */
  static ApiError validation(ArrayNode errors) {
    ObjectNode body = body(422, "validation_error", "Request validation failed");
    body.set("errors", errors);
    return new ApiError(Reply.json(422, body));
  }

  /** The type paired with {@code status}. */
  static String typeFor(int status) {
    switch (status) {
      case 400:
        return "invalid_request_error";
      case 401:
        return "authentication_error";
      case 403:
        return "permission_error";
      case 404:
        return "not_found_error";
      case 409:
        return "conflict_error";
      case 422:
        return "validation_error";
      case 426:
        return "upgrade_required";
      case 429:
        return "rate_limit_error";
      default:
        return status >= 500 ? "server_error" : "invalid_request_error";
    }
  }

  private static ObjectNode body(int status, String type, String detail) {
    return EmulatorJson.mapper().createObjectNode().put("code", status).put("detail", detail).put("type", type);
  }
}
