package dev.onecli4j.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates the {@link ApiException} subclass that matches a status. */
public final class ApiExceptions {
  private ApiExceptions() {}

  /**
   * The exception for an answer with {@code status}; {@code retryAfterOrNull} is used only for 429.
   * Never throws; every argument but {@code status} may be null.
   *
   * @param status the HTTP status of the answer
   * @param headers the response headers
   * @param body the parsed error body
   * @param retryAfterOrNull the delay the server asked for in {@code Retry-After}, or {@code null}
   * @return the exception for an answer with {@code status}; {@code retryAfterOrNull} is used only
   *     for 429
   */
  public static ApiException create(
      int status, Map<String, List<String>> headers, ErrorBody body, @Nullable Duration retryAfterOrNull) {
    switch (status) {
      case 400:
        return new BadRequestException(headers, body);
      case 401:
        return WorkspaceHeaderRequiredException.matches(body)
            ? new WorkspaceHeaderRequiredException(headers, body)
            : new AuthenticationException(headers, body);
      case 403:
        return new PermissionDeniedException(headers, body);
      case 404:
        return body != null && RouteNotFoundException.TYPE.equals(body.type())
            ? new RouteNotFoundException(headers, body)
            : new NotFoundException(headers, body);
      case 409:
        return new ConflictException(headers, body);
      case 410:
        return new GoneException(headers, body);
      case 422:
        return new UnprocessableEntityException(headers, body);
      case 426:
        return new UpgradeRequiredException(headers, body);
      case 429:
        return new RateLimitException(headers, body, retryAfterOrNull);
      case 500:
        return new InternalServerException(headers, body);
      case 502:
        return new BadGatewayException(headers, body);
      case 503:
        return new ServiceUnavailableException(headers, body);
      case 504:
        return new GatewayTimeoutException(headers, body);
      default:
        return new UnexpectedStatusException(status, headers, body);
    }
  }

  /**
   * The standard reason phrase of {@code status}, or the name of its class (e.g. "Server Error").
   *
   * @param status the HTTP status of the answer
   * @return the standard reason phrase of {@code status}, or the name of its class (e.g. "Server
   *     Error")
   */
  public static String reasonPhrase(int status) {
    String phrase = ReasonPhrases.of(status);
    if (phrase != null) {
      return phrase;
    }
    switch (status / 100) {
      case 1:
        return "Informational";
      case 2:
        return "Success";
      case 3:
        return "Redirection";
      case 4:
        return "Client Error";
      case 5:
        return "Server Error";
      default:
        return "Unknown Status";
    }
  }
}
