package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Sends corpus inputs to an emulator as the recorder sent them to the server, and compares the answers. */
final class EmulatorReplay {
  private EmulatorReplay() {}

  /** The inputs the emulator answers otherwise than the recording, each as {@code id: what differs}. */
  static List<String> mismatches(OneCliEmulator emulator, List<CorpusCase> cases) {
    List<String> wrong = new ArrayList<>();
    for (CorpusCase c : cases) {
      emulator.reset();
      Raw.Answer a = send(emulator, c);
      if (a.status() != c.status()) {
        wrong.add(c.id() + ": status " + a.status() + " instead of " + c.status() + " " + a.body());
      } else if (!c.accepted() && !c.error().equals(parse(a.body()))) {
        wrong.add(c.id() + ": " + a.body() + " instead of " + c.error());
      }
    }
    return wrong;
  }

  /** An update goes to a fresh secret of the recorded type, as the recorder's fixture. */
  private static Raw.Answer send(OneCliEmulator emulator, CorpusCase c) {
    if (c.op().equals("create")) {
      return Raw.onecli(emulator, "POST", c.collection(), c.wire());
    }
    ObjectNode fixture =
        switch (c.stored()) {
          case "anthropic" -> SecretCorpusGenerator.anthropic();
          case "openai" -> SecretCorpusGenerator.openai();
          default -> SecretCorpusGenerator.generic();
        };
    Raw.Answer created = Raw.onecli(emulator, "POST", c.collection(), SecretCorpus.write(fixture));
    if (created.status() != 201) {
      throw new IllegalStateException("fixture refused: " + created.body());
    }
    return Raw.onecli(emulator, "PATCH", c.collection() + "/" + created.json().get("id").asText(), c.wire());
  }

  private static Object parse(String body) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return body;
    }
  }
}
