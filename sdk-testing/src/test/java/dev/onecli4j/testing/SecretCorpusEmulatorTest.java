package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.internal.http.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The emulator against the real server's recorded answers on the secret corpus (see
 * {@link SecretCorpusRecorder}): the same status for every input, and for every refusal the same
 * body, byte for byte as JSON (flat or enveloped, the first issue's message).
 */
@ExtendWith(OneCliEmulatorExtension.class)
class SecretCorpusEmulatorTest {
  @Test
  void answersTheMainCorpusAsTheServerDid(OneCliEmulator emulator) {
    assertAllAgree(emulator, SecretCorpus.load(SecretCorpus.MAIN), "main corpus");
  }

  @Test
  void answersTheIndependentCorpusAsTheServerDid(OneCliEmulator emulator) {
    assertAllAgree(emulator, SecretCorpus.load(SecretCorpus.INDEPENDENT), "independent corpus");
  }

  @Test
  void aWrongRecordingIsCaught(OneCliEmulator emulator) {
    // Negative control: the comparison finds a changed message, a changed status and a changed shape.
    List<CorpusCase> cases = SecretCorpus.load(SecretCorpus.MAIN).subList(0, 40);
    List<CorpusCase> tampered = new ArrayList<>(cases);
    CorpusCase refused = cases.stream().filter(c -> !c.accepted() && c.error().path("error").isTextual()).findFirst().orElseThrow();
    ObjectNode otherMessage = Json.mapper().createObjectNode().put("error", refused.error().get("error").asText() + ".");
    tampered.set(cases.indexOf(refused), refused.recorded(refused.status(), otherMessage));
    CorpusCase accepted = cases.stream().filter(CorpusCase::accepted).findFirst().orElseThrow();
    tampered.set(cases.indexOf(accepted), accepted.recorded(400, otherMessage));
    CorpusCase flat = cases.stream().filter(c -> !c.accepted() && c != refused && c.error().path("error").isTextual()).findFirst().orElseThrow();
    ObjectNode enveloped = Json.mapper().createObjectNode();
    enveloped.putObject("error").put("message", flat.error().get("error").asText()).put("type", "invalid_request_error");
    tampered.set(cases.indexOf(flat), flat.recorded(flat.status(), enveloped));
    assertEquals(List.of(refused.id(), accepted.id(), flat.id()).stream().sorted().toList(),
        EmulatorReplay.mismatches(emulator, tampered).stream().map(s -> s.substring(0, s.indexOf(':'))).sorted().toList());
  }

  private static void assertAllAgree(OneCliEmulator emulator, List<CorpusCase> cases, String title) {
    List<String> wrong = EmulatorReplay.mismatches(emulator, cases);
    System.out.printf("%s, emulator vs server: %d inputs, %d answered the same (%.2f%%)%n",
        title, cases.size(), cases.size() - wrong.size(), 100.0 * (cases.size() - wrong.size()) / cases.size());
    wrong.forEach(w -> System.out.println("  " + w));
    assertTrue(cases.size() >= 400, "corpus size " + cases.size());
    assertEquals(List.of(), wrong);
  }
}
