package dev.onecli4j.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.RawResponse;
import dev.onecli4j.error.ApiException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions for contract tests against a {@link PrismServer}: that Prism accepted a call, or,
 * for negative controls, that Prism rejected one.
 *
 * <pre>{@code
 * UserSecret s = assertAccepted("createFromPreset", () -> client.secrets().createFromPreset("openai", "sk-x"));
 * RawResponse<UserSecretList> r = assertAccepted("list", () -> client.withRawResponse(c -> c.secrets().list()));
 * }</pre>
 */
public final class ContractAssertions {
  /** System property: the directory holding our OpenAPI specs. */
  public static final String OPENAPI_DIR_PROPERTY = "onecli4j.openapi.dir";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractAssertions() {}

  /** The spec {@code fileName} (e.g. {@code user-secrets.yaml}) in {@value #OPENAPI_DIR_PROPERTY}. */
  public static Path openapiSpec(String fileName) {
    String dir = System.getProperty(OPENAPI_DIR_PROPERTY);
    return (dir != null && !dir.isBlank() ? Paths.get(dir) : Paths.get("..", "openapi")).resolve(fileName);
  }

  /**
   * Runs {@code call} and returns its result, failing when Prism rejected the request. The
   * failure names the operation, the status and Prism's {@code sl-violations}. When the result is
   * a {@link RawResponse} (from {@code withRawResponse}), it must also carry no
   * {@code sl-violations} header at all, so even violations Prism only warns about fail.
   */
  public static <T> T assertAccepted(String operation, ThrowingSupplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (Throwable t) {
      throw notAccepted(operation, t);
    }
    if (result instanceof RawResponse) {
      RawResponse<?> raw = (RawResponse<?>) result;
      String violations = raw.header(PrismServer.VIOLATIONS_HEADER);
      if (violations != null) {
        throw new AssertionFailedError(
            operation + ": Prism answered " + raw.status() + " but reported violations: " + describe(violations));
      }
    }
    return result;
  }

  /** Like {@link #assertAccepted} for an asynchronous call: waits (at most 60 s) for the future. */
  public static <T> T assertAcceptedAsync(String operation, Supplier<? extends CompletionStage<T>> call) {
    return assertAccepted(operation, () -> call.get().toCompletableFuture().get(60, TimeUnit.SECONDS));
  }

  /**
   * Runs {@code call}, which must fail with an {@link ApiException} that Prism's validator made:
   * one with an {@code sl-violations} header, or a Prism problem type (see
   * {@link PrismServer#PROBLEM_TYPE_PREFIX}). That proves Prism, not the SDK, said no.
   *
   * @return the exception, for further checks
   */
  public static ApiException assertRejectedByPrism(String operation, Executable call) {
    try {
      call.execute();
    } catch (Throwable t) {
      Throwable cause = unwrap(t);
      if (!(cause instanceof ApiException)) {
        throw new AssertionFailedError(
            operation + ": expected Prism to reject the request, but the call failed without an answer: " + cause,
            cause);
      }
      ApiException e = (ApiException) cause;
      if (!isPrismVerdict(e)) {
        throw new AssertionFailedError(
            operation + ": got " + e.status() + " without an " + PrismServer.VIOLATIONS_HEADER
                + " header or Prism problem type, so not from Prism's request validation: " + e.getMessage(),
            e);
      }
      return e;
    }
    throw new AssertionFailedError(
        operation + ": Prism accepted a request that violates the spec; the contract check cannot say no");
  }

  /** Whether {@code e} is Prism's verdict on the request rather than an ordinary mocked answer. */
  public static boolean isPrismVerdict(ApiException e) {
    return violations(e) != null
        || (e.errorType() != null && e.errorType().startsWith(PrismServer.PROBLEM_TYPE_PREFIX));
  }

  /**
   * Prism's violations for the request that {@code e} answers, as JSON text: the
   * {@code sl-violations} header, or, when the operation declares no 400/422 answer and Prism
   * made up a problem+json error, that body's {@code validation} array. {@code null} when
   * there are none.
   */
  public static String violations(ApiException e) {
    List<String> values = e.headers().get(PrismServer.VIOLATIONS_HEADER);
    if (values != null && !values.isEmpty()) {
      return String.join(", ", values);
    }
    if (e.errorType() != null && e.errorType().startsWith(PrismServer.PROBLEM_TYPE_PREFIX)) {
      try {
        JsonNode validation = MAPPER.readTree(e.bodyExcerpt()).path("validation");
        return validation.isArray() && validation.size() > 0 ? validation.toString() : null;
      } catch (Exception notJson) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code sl-violations} JSON as readable text: {@code request.body: message [code]; ...}; the
   * raw text when it is not the expected JSON.
   */
  public static String describe(String violations) {
    if (violations == null) {
      return "(no " + PrismServer.VIOLATIONS_HEADER + " header)";
    }
    try {
      JsonNode array = MAPPER.readTree(violations);
      if (!array.isArray()) {
        return violations;
      }
      StringBuilder sb = new StringBuilder();
      for (JsonNode v : array) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        StringBuilder location = new StringBuilder();
        for (JsonNode part : v.path("location")) {
          location.append(location.length() == 0 ? "" : ".").append(part.asText());
        }
        sb.append(location).append(": ").append(v.path("message").asText())
            .append(" [").append(v.path("severity").asText()).append(' ').append(v.path("code").asText()).append(']');
      }
      return sb.toString();
    } catch (Exception e) {
      return violations;
    }
  }

  /** The failure for a call Prism (or anything else) did not accept. */
  static AssertionFailedError notAccepted(String operation, Throwable t) {
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    Throwable cause = unwrap(t);
    if (cause instanceof ApiException) {
      ApiException e = (ApiException) cause;
      return new AssertionFailedError(
          operation + ": Prism rejected the request with " + e.status() + " ("
              + e.getClass().getSimpleName() + "); " + PrismServer.VIOLATIONS_HEADER + ": "
              + describe(violations(e)) + "; body: " + e.bodyExcerpt(),
          e);
    }
    return new AssertionFailedError(operation + ": the call failed before Prism could judge it: " + cause, cause);
  }

  static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
