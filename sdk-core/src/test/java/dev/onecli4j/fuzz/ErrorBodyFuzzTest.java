package dev.onecli4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ApiExceptions;
import dev.onecli4j.error.ErrorBody;
import dev.onecli4j.error.ErrorBodyParser;
import dev.onecli4j.error.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link ErrorBodyParser#parse}: whatever bytes an error answer holds,
 * the parser returns a bounded, non-blank message and excerpt, an exception can be built from it,
 * and a known secret in the input never comes out.
 *
 * <p>Runs the committed seed corpus in {@code ErrorBodyFuzzTestInputs/parse/} as regression
 * tests, and fuzzes for {@code maxDuration} when {@code JAZZER_FUZZ=1} (the {@code fuzz} surefire
 * execution sets it). Longer: {@code JAZZER_MAX_DURATION=30m}.
 */
class ErrorBodyFuzzTest {
  static final String CANARY = "canary-VALUE-9d8c7b6a5f4e";
  private static final List<String> KNOWN = List.of(CANARY, "oc_canary_KEY_1a2b3c4d5e6f");
  private static final int[] STATUSES = {400, 401, 403, 404, 409, 410, 422, 426, 429, 500, 502, 503, 504, 418, 599};
  private static final String[] CONTENT_TYPES = {
    "application/json", "application/problem+json", "text/html; charset=utf-8", "text/plain", null,
    "application/json; charset=ISO-8859-1", "text/html; charset=\"nonsense\"", "application/octet-stream",
  };

  @FuzzTest(maxDuration = "30s")
  void parse(byte[] body) {
    int h = Arrays.hashCode(body);
    int status = STATUSES[Math.floorMod(h, STATUSES.length)];
    String contentType = CONTENT_TYPES[Math.floorMod(h >>> 8, CONTENT_TYPES.length)];

    ErrorBody parsed = ErrorBodyParser.parse(status, contentType, body, body.length, KNOWN);

    assertNotNull(parsed);
    assertNotNull(parsed.message());
    assertFalse(parsed.message().isBlank());
    assertTrue(parsed.message().length() <= ErrorBodyParser.MAX_MESSAGE_CHARS, "message of " + parsed.message().length());
    assertTrue(parsed.excerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS, "excerpt of " + parsed.excerpt().length());
    ApiException e = ApiExceptions.create(status, null, parsed, null);
    assertNotNull(e.getMessage());
    List<String> shown = new ArrayList<>(List.of(e.getMessage(), parsed.excerpt(), String.valueOf(parsed.type())));
    for (FieldError f : parsed.fieldErrors()) {
      shown.addAll(Arrays.asList(f.field(), f.msg(), f.type(), String.valueOf(f.loc())));
    }
    for (String piece : shown) {
      assertNoKnownSecret(piece);
    }
  }

  /**
   * Each piece is checked on its own: the pieces are separate strings to a user, so the end of
   * one and the start of the next never form a secret between them (a finding of CI's fuzzing,
   * kept as the seed {@code ci-finding-split-across-pieces.bin}).
   */
  private static void assertNoKnownSecret(String piece) {
    if (piece == null) {
      return;
    }
    for (String secret : KNOWN) {
      assertFalse(piece.contains(secret), "a known secret came out");
    }
  }
}
