package dev.onecli4j.benchmarks;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp interceptor that answers every call in-process with the canned answers of {@link
 * Fixtures} (POST: the created secret, DELETE: the 404 envelope, GET: a list of 10), so that no
 * socket, server thread or kernel is involved: what remains is the client code of each side.
 */
final class InProcessAnswers implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String NOT_FOUND = "{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_found_error\"}}";

  private final String created = Fixtures.secretCreated();
  private final String list = Fixtures.secretList(10);

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    switch (request.method()) {
      case "POST":
        return answer(request, 201, "Created", created);
      case "DELETE":
        return answer(request, 404, "Not Found", NOT_FOUND);
      default:
        return answer(request, 200, "OK", list);
    }
  }

  private static Response answer(Request request, int code, String message, String body) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message(message)
        .header("Content-Type", "application/json; charset=utf-8")
        .body(ResponseBody.create(body, JSON))
        .build();
  }
}
