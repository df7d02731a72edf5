package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/**
 * The server answered 404 because it does not serve the route at all (type {@code
 * invalid_request_error}, "Unrecognized request URL ..."), not because a resource is missing:
 * the operation does not exist on this server or version. A missing resource is a plain {@link
 * NotFoundException} ({@code not_found_error}, or a 404 without a type).
 */
public class RouteNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** The error type with which servers of version 2 answer a route they do not serve. */
  public static final String TYPE = "invalid_request_error";

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public RouteNotFoundException(Map<String, List<String>> headers, ErrorBody body) {
    super(headers, body);
  }
}
