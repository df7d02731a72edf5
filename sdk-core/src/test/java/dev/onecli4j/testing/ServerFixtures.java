package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;

/**
 * The answers the real server 2.0.1 gave, recorded by {@code tools/record-server-fixtures.sh}
 * into sdk-testing's test resources ({@code server-2.0.1/<operationId>.<case>.json}); the build
 * passes their folder as {@code onecli4j.server.fixtures}. Ids and keys in them are placeholders.
 */
public final class ServerFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ServerFixtures() {}

  /** One recorded exchange. */
  public static final class Fixture {
    private final String name;
    private final JsonNode json;

    Fixture(String name, JsonNode json) {
      this.name = name;
      this.json = json;
    }

    /** The file name without {@code .json}, e.g. {@code listAgentGrants.autoLlm}. */
    public String name() {
      return name;
    }

    /** The operation (the part of the name before the first dot). */
    public String operation() {
      return name.substring(0, name.indexOf('.'));
    }

    /** The request's method. */
    public String method() {
      return json.path("request").path("method").asText();
    }

    /** The request's path and query as sent, e.g. {@code /v1/agents?include=grants-summary}. */
    public String target() {
      return json.path("request").path("path").asText();
    }

    /** The {@code i}th segment of the path after {@code /v1/}. */
    public String segment(int i) {
      String path = target().replaceFirst("\\?.*", "").substring("/v1/".length());
      return path.split("/")[i];
    }

    /** The value of a query parameter of the request, or {@code null}. */
    public String query(String name) {
      int q = target().indexOf('?');
      if (q < 0) {
        return null;
      }
      for (String pair : target().substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        if (kv[0].equals(name)) {
          return kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "";
        }
      }
      return null;
    }

    /** {@code none}, {@code json} or {@code raw}. */
    public String bodyKind() {
      return json.path("request").path("bodyKind").asText();
    }

    /** The request's JSON body (a JSON null when there was none). */
    public JsonNode requestBody() {
      return json.path("request").path("body");
    }

    /** The answer's status. */
    public int status() {
      return json.path("response").path("status").asInt();
    }

    /** The answer's JSON body (JSON null for a 204 or a null answer). */
    public JsonNode responseBody() {
      return json.path("response").path("body");
    }

    /** The answer as the mock server sends it. */
    public MockResponse response() {
      JsonNode r = json.path("response");
      MockResponse.Builder b = new MockResponse.Builder().code(status());
      if (status() == 204) {
        return b.setHeader("Content-Type", "text/plain; charset=UTF-8").build();
      }
      String contentType = r.path("contentType").asText("application/json");
      JsonNode body = r.path("body");
      String text = contentType.startsWith("application/json") ? body.toString() : body.asText();
      return b.setHeader("Content-Type", contentType).body(text).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The folder of the recordings. */
  public static Path folder() {
    return Path.of(
        System.getProperty(
            "onecli4j.server.fixtures", "../sdk-testing/src/test/resources/dev/onecli4j/testing/server-2.0.1"));
  }

  /** The recording {@code name} (without {@code .json}). */
  public static Fixture load(String name) {
    try {
      return new Fixture(name, MAPPER.readTree(folder().resolve(name + ".json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every recording, by name. */
  public static List<Fixture> all() {
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .forEach(n -> out.add(load(n.substring(0, n.length() - ".json".length()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
