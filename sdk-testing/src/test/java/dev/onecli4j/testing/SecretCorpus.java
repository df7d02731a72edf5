package dev.onecli4j.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.onecli4j.internal.http.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The secret corpus files: one {@link CorpusCase} per line, JSON with every non-ASCII character
 * escaped (so that invisible spaces stay visible and lone surrogates survive).
 */
final class SecretCorpus {
  /** The main corpus, generated with {@link SecretCorpusGenerator#MAIN_SEED}. */
  static final String MAIN = "secret-corpus.jsonl";
  /** The independent corpus: random inputs only, another seed. */
  static final String INDEPENDENT = "secret-corpus-independent.jsonl";

  private static final ObjectWriter WRITER =
      Json.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

  private SecretCorpus() {}

  /** The cases of a corpus resource next to this class. */
  static List<CorpusCase> load(String resource) {
    try (InputStream in = SecretCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus " + resource);
      }
      List<CorpusCase> cases = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          cases.add(CorpusCase.fromJson(Json.mapper().readTree(line)));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the cases, one per line. */
  static void save(Path file, List<CorpusCase> cases) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (CorpusCase c : cases) {
      sb.append(write(c.toJson())).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** JSON text with non-ASCII characters escaped. */
  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
