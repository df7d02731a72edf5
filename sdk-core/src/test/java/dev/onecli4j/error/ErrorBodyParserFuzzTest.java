package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ErrorBodyParserFuzzTest {
  private static final int ITERATIONS = 20_000;
  private static final String[] CONTENT_TYPES = {
    null, "", "application/json", "application/problem+json", "text/html", "text/plain",
    "text/plain; charset=ISO-8859-1", "application/json; charset=UTF-16", "text/html; charset=nonsense", ";;;=",
  };
  private static final int[] STATUSES = {0, 200, 302, 400, 401, 403, 404, 409, 410, 422, 426, 429, 500, 502, 503, 504, 599, -1};
  private static final byte[] ALPHABET = "{}[]\":,\\ \n\tabcu0123456789-+.eEtrufalsn<>/!&;#".getBytes(StandardCharsets.US_ASCII);
  private static final List<String> VALID_BODIES =
      List.of(
          "{\"error\":\"Secret value is required\"}",
          "{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_found_error\"}}",
          "{\"code\":422,\"detail\":\"Validation failed\",\"type\":\"validation_error\",\"errors\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}",
          "{\"detail\":[{\"loc\":[\"body\",\"value\",0],\"msg\":\"Field required\",\"type\":\"missing\",\"input\":{\"value\":\"sk-abcdefgh12345\"}}]}",
          "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No secret \\\"x\\\" \\u00e9\"}",
          "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><!-- c --><script>x</script></body></html>",
          "upstream connect error or disconnect/reset before headers\nreset reason: overflow",
          "[{\"msg\":\"a\"},\"b\",[1,2,{\"c\":null}],true,-1.5e10]");

  @Test
  void randomBytesNeverBreakTheParser() {
    Random random = new Random(20_240_601L);
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] body = new byte[random.nextInt(300)];
      if (random.nextBoolean()) {
        random.nextBytes(body);
      } else {
        for (int j = 0; j < body.length; j++) {
          body[j] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
      }
      check(random, body, "random #" + i);
    }
  }

  @Test
  void mutatedValidBodiesNeverBreakTheParser() {
    Random random = new Random(7_777L);
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] body = VALID_BODIES.get(random.nextInt(VALID_BODIES.size())).getBytes(StandardCharsets.UTF_8);
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        body = mutate(random, body);
      }
      check(random, body, "mutation #" + i);
    }
  }

  private static void check(Random random, byte[] body, String label) {
    int length = random.nextInt(10) == 0 ? random.nextInt(body.length + 20) - 10 : body.length;
    String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
    int status = STATUSES[random.nextInt(STATUSES.length)];
    List<String> secrets = random.nextBoolean() ? List.of("canary-SECRET-5f2a9c", "abc") : null;
    ErrorBody parsed;
    try {
      parsed = ErrorBodyParser.parse(status, contentType, body, length, secrets);
    } catch (Throwable t) {
      fail(label + " threw for " + Arrays.toString(body), t);
      return;
    }
    assertNotNull(parsed, label);
    assertNotNull(parsed.message(), label);
    assertTrue(!parsed.message().isBlank(), label);
    assertTrue(parsed.message().length() <= ErrorBodyParser.MAX_MESSAGE_CHARS, label);
    assertTrue(parsed.excerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS, label);
    assertNotNull(ApiExceptions.create(status, null, parsed, null).getMessage(), label);
  }

  private static byte[] mutate(Random random, byte[] body) {
    if (body.length == 0) {
      return new byte[] {ALPHABET[random.nextInt(ALPHABET.length)]};
    }
    int at = random.nextInt(body.length);
    switch (random.nextInt(6)) {
      case 0:
        body[at] = (byte) random.nextInt(256);
        return body;
      case 1:
        body[at] = ALPHABET[random.nextInt(ALPHABET.length)];
        return body;
      case 2:
        return Arrays.copyOf(body, at);
      case 3:
        return splice(body, at, Math.min(body.length, at + 1 + random.nextInt(8)), new byte[0]);
      case 4:
        byte[] insert = new byte[1 + random.nextInt(6)];
        for (int i = 0; i < insert.length; i++) {
          insert[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return splice(body, at, at, insert);
      default:
        int end = Math.min(body.length, at + 1 + random.nextInt(16));
        return splice(body, at, at, Arrays.copyOfRange(body, at, end));
    }
  }

  private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
    byte[] out = new byte[body.length - (to - from) + insert.length];
    System.arraycopy(body, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(body, to, out, from + insert.length, body.length - to);
    return out;
  }
}
