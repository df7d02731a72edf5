package dev.onecli4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Coverage-guided fuzzing of success-body parsing through the transport's own path: each input is
 * the 200 answer to list and create of {@code client.secrets()}, update's {@code SuccessResponse},
 * and the user-secrets list and rotate, served in memory by an OkHttp interceptor so that the
 * SDK's content-type check, Jackson reader, limits and error mapping all run. Each call must end
 * in a value or an {@link InvalidResponseException} whose message quotes nothing of the input.
 *
 * <p>Runs the committed seed corpus in {@code ResponseBodyFuzzTestInputs/parse/} as regression
 * tests, and fuzzes for {@code maxDuration} when {@code JAZZER_FUZZ=1}.
 */
class ResponseBodyFuzzTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ThreadLocal<byte[]> ANSWER = new ThreadLocal<>();
  private static final Pattern MESSAGE =
      Pattern.compile(
          "\\w+: (expected a JSON body but the answer was empty or null"
              + "|the answer is not valid JSON of the expected shape( \\(line \\d+, column \\d+\\))?)"
              + " \\(status 200\\)");
  private static final OkHttpClient IN_MEMORY =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain ->
                  new Response.Builder()
                      .request(chain.request())
                      .protocol(Protocol.HTTP_1_1)
                      .code(200)
                      .message("OK")
                      .body(ResponseBody.create(ANSWER.get(), JSON))
                      .build())
          .build();
  private static final OneCli ONECLI =
      OneCli.builder().apiKey("oc_fuzz_key_0123456789").baseUrl("http://127.0.0.1:1/v1").okHttpClient(IN_MEMORY).maxRetries(0).build();
  private static final UserSecrets USER_SECRETS =
      UserSecrets.builder().token("oc_fuzz_key_0123456789").baseUrl("http://127.0.0.1:1/api/v1").okHttpClient(IN_MEMORY).maxRetries(0).build();
  private static final SecretCreateParams CREATE =
      SecretCreateParams.builder()
          .name("Stripe")
          .type(SecretType.GENERIC)
          .value("sk_live_fuzz")
          .hostPattern("api.stripe.com")
          .injection(Injection.header("Authorization", "Bearer {value}"))
          .build();
  private static final SecretUpdateParams UPDATE = SecretUpdateParams.builder().name("renamed").build();
  private static final List<Supplier<Object>> CALLS =
      List.of(
          () -> ONECLI.secrets().list(),
          () -> ONECLI.secrets().create(CREATE),
          () -> ONECLI.secrets().update("s1", UPDATE),
          () -> USER_SECRETS.secrets().list(),
          () -> USER_SECRETS.secrets().rotate("s1", "sk-new"));

  @FuzzTest(maxDuration = "30s")
  void parse(byte[] body) {
    ANSWER.set(body);
    try {
      for (Supplier<Object> call : CALLS) {
        Object value;
        try {
          value = call.get();
        } catch (InvalidResponseException e) {
          assertTrue(MESSAGE.matcher(e.getMessage()).matches(), "message: " + e.getMessage());
          continue;
        } catch (RuntimeException e) {
          fail("an answer ended in " + e.getClass().getName() + " instead of a value or InvalidResponseException", e);
          return;
        }
        assertTrue(value != null, "a value or an exception, never null");
        value.toString();
      }
    } finally {
      ANSWER.remove();
    }
  }
}
