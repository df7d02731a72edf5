package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded run of the real server 2.0.1 ({@code tools/record-server-fixtures.sh}): the
 * ordered steps of {@code INDEX.tsv} and the fixture of each (request and answer), read from
 * the test resources {@code dev/onecli4j/testing/server-2.0.1/}.
 */
final class ServerRecording {
  static final String DIR = "/dev/onecli4j/testing/server-2.0.1/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One step of the run. */
  record Step(int number, String fixture, String method, String path, int status, String errorType, String errorMessage, JsonNode recorded) {
    /** The fixture's name without {@code .json}, e.g. {@code createAgent.byoNoLlmKeys}. */
    String name() {
      return fixture.substring(0, fixture.length() - ".json".length());
    }

    /** The operation part of the name, e.g. {@code createAgent}. */
    String operation() {
      return fixture.substring(0, fixture.indexOf('.'));
    }

    JsonNode request() {
      return recorded.get("request");
    }

    JsonNode response() {
      return recorded.get("response");
    }

    /** A copy expecting another answer (for the negative control). */
    Step expecting(int newStatus, String newType, String newMessage) {
      return new Step(number, fixture, method, path, newStatus, newType, newMessage, recorded);
    }
  }

  private ServerRecording() {}

  /** Every step, in order. */
  static List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    try (BufferedReader in = reader("INDEX.tsv")) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        steps.add(new Step(Integer.parseInt(f[0]), f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], f[6], fixture(f[1])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return steps;
  }

  /** One fixture by file name. */
  static JsonNode fixture(String file) {
    try (InputStream in = open(file)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader reader(String file) {
    return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8));
  }

  private static InputStream open(String file) {
    InputStream in = ServerRecording.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + DIR + file);
    }
    return in;
  }
}
