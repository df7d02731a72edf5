package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends every input of a generated secret corpus, as raw JSON, to a real OneCLI server and
 * writes the corpus with the server's answers (status, and the error body of a refusal). What
 * the server created is deleted at once; update inputs go to one fixture secret per scope and
 * type, deleted at the end. Use a tenant of its own (a workspace key of an organization admin).
 *
 * <pre>
 * ONECLI_BASE_URL=http://127.0.0.1:10254/v1 ONECLI_API_KEY=oc_... \
 *   mvn -B -q -pl sdk-testing -am test-compile exec:java -Precord-secret-corpus [-Dcorpus.mode=independent]
 * </pre>
 *
 * <p>{@code corpus.mode=main} (the default) records {@link SecretCorpus#MAIN};
 * {@code independent} records {@link SecretCorpus#INDEPENDENT} from another seed.
 * {@code corpus.seed} and {@code corpus.out} record random inputs of any seed into any file
 * (by default {@code target/}). Each run ends with how the SDK's local validation and the
 * emulator agree with what was recorded, false refusals listed.
 */
public final class SecretCorpusRecorder {
  private final String baseUrl;
  private final String apiKey;
  private final Map<String, String> fixtures = new HashMap<>();
  private int requests;

  private SecretCorpusRecorder(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.apiKey = apiKey;
  }

  /** Records a corpus; see the class comment for the settings. */
  public static void main(String[] args) throws IOException {
    String baseUrl = require("ONECLI_BASE_URL");
    String apiKey = require("ONECLI_API_KEY");
    String mode = System.getProperty("corpus.mode", "main");
    String resources = System.getProperty("corpus.dir", "src/test/resources/dev/onecli4j/testing");
    List<CorpusCase> inputs;
    Path out;
    if (System.getProperty("corpus.seed") != null) {
      inputs = SecretCorpusGenerator.random(Long.parseLong(System.getProperty("corpus.seed")), 400, 60);
      String target = System.getProperty("corpus.target", "target");
      out = Path.of(System.getProperty("corpus.out", target + "/secret-corpus-seed-" + System.getProperty("corpus.seed") + ".jsonl"));
    } else if (mode.equals("independent")) {
      inputs = SecretCorpusGenerator.random(SecretCorpusGenerator.INDEPENDENT_SEED, 400, 60);
      out = Path.of(resources, SecretCorpus.INDEPENDENT);
    } else {
      inputs = SecretCorpusGenerator.main();
      out = Path.of(resources, SecretCorpus.MAIN);
    }
    SecretCorpusRecorder recorder = new SecretCorpusRecorder(baseUrl, apiKey);
    List<CorpusCase> recorded = new ArrayList<>();
    try {
      for (CorpusCase c : inputs) {
        recorded.add(recorder.record(c));
      }
    } finally {
      recorder.deleteFixtures();
    }
    SecretCorpus.save(out, recorded);
    long accepted = recorded.stream().filter(CorpusCase::accepted).count();
    System.out.printf("%d inputs, %d accepted, %d refused, %d requests -> %s%n",
        recorded.size(), accepted, recorded.size() - accepted, recorder.requests, out);
    report(recorded);
  }

  /** How the SDK's local validation and the emulator agree with what was just recorded. */
  private static void report(List<CorpusCase> recorded) {
    try (SdkLocalVerdicts sdk = new SdkLocalVerdicts();
        OneCliEmulator emulator = OneCliEmulator.start()) {
      System.out.print(CorpusAgreement.of(recorded, sdk::verdict).describe("SDK vs server"));
      List<String> wrong = EmulatorReplay.mismatches(emulator, recorded);
      System.out.printf("emulator vs server: %d of %d answered the same%n", recorded.size() - wrong.size(), recorded.size());
      wrong.forEach(w -> System.out.println("  " + w));
    }
  }

  private CorpusCase record(CorpusCase c) {
    Raw.Answer a;
    if (c.op().equals("create")) {
      a = call("POST", c.collection(), c.wire());
      if (a.status() == 201) {
        delete(c.collection(), a.json().get("id").asText());
      }
    } else {
      a = call("PATCH", c.collection() + "/" + fixture(c.collection(), c.stored()), c.wire());
    }
    if (a.status() >= 200 && a.status() < 300) {
      return c.recorded(a.status(), null);
    }
    return c.recorded(a.status(), parse(a.body()));
  }

  /** The id of the fixture secret of {@code type} in {@code collection}, created on first use. */
  private String fixture(String collection, String type) {
    return fixtures.computeIfAbsent(collection + " " + type, k -> {
      JsonNode body;
      switch (type) {
        case "anthropic":
          body = SecretCorpusGenerator.anthropic();
          break;
        case "openai":
          body = SecretCorpusGenerator.openai();
          break;
        default:
          body = SecretCorpusGenerator.generic();
      }
      Raw.Answer a = call("POST", collection, SecretCorpus.write(body));
      if (a.status() != 201) {
        throw new IllegalStateException("could not create the " + type + " fixture: " + a.status() + " " + a.body());
      }
      return a.json().get("id").asText();
    });
  }

  private void deleteFixtures() {
    for (Map.Entry<String, String> e : fixtures.entrySet()) {
      delete(e.getKey().split(" ")[0], e.getValue());
    }
  }

  private void delete(String collection, String id) {
    Raw.Answer a = call("DELETE", collection + "/" + id, null);
    if (a.status() != 204) {
      throw new IllegalStateException("could not delete " + collection + "/" + id + ": " + a.status() + " " + a.body());
    }
  }

  private Raw.Answer call(String method, String path, String body) {
    requests++;
    return Raw.call(baseUrl, apiKey, method, path, body);
  }

  private static JsonNode parse(String body) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return TextNode.valueOf(body);
    }
  }

  private static String require(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("set " + name);
    }
    return v;
  }
}
