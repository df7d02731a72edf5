package dev.onecli4j.generated;

import static dev.onecli4j.generated.ModelReaderEquivalenceTest.assertSameObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.onecli4j.generated.onecli.model.Secret;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * The models' readers guess each field's name from the order of the objects they read before; a
 * guess is only a shortcut. Every model reads the same as through its builder ({@link
 * BuilderPathMapper}) whatever the order of its fields, with unknown fields anywhere, one reader
 * meeting many orders in turn and from several threads at once, and from every kind of parser
 * Jackson hands a deserializer: bytes, text, a stream that gives one byte at a time (names split
 * across reads), a tree and a token buffer.
 */
class ModelReaderFieldOrderTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final JsonNode[] UNKNOWN_VALUES = {
    F.nullNode(), F.numberNode(7), F.textNode("id"), F.booleanNode(true),
    F.objectNode().put("id", "x").set("name", F.arrayNode().add(1).add(F.objectNode().put("type", 2))),
    F.arrayNode().add(F.arrayNode().add("createdAt")).add(F.objectNode())
  };

  /** The ways of reading a document that differ in the parser the reader is given. */
  private enum Source {
    BYTES, TEXT, ONE_BYTE_AT_A_TIME, TREE, TOKEN_BUFFER;

    Object read(ObjectMapper mapper, String json, JavaType type) throws Exception {
      switch (this) {
        case BYTES:
          return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type);
        case TEXT:
          return mapper.readValue(json, type);
        case ONE_BYTE_AT_A_TIME:
          return mapper.readValue(new OneByteAtATime(json.getBytes(StandardCharsets.UTF_8)), type);
        case TREE:
          return mapper.readerFor(type).readValue(mapper.readTree(json));
        default:
          TokenBuffer buffer = new TokenBuffer(mapper, false);
          try (JsonParser p = mapper.createParser(json)) {
            p.nextToken();
            buffer.copyCurrentStructure(p);
          }
          try (JsonParser p = buffer.asParser(mapper)) {
            return mapper.readValue(p, type);
          }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.onecli4j.generated.ModelRoundTripTest#models")
  void readsFieldsInAnyOrderAsTheBuilderPathDoes(Class<?> model) throws Exception {
    ObjectMapper reader = ModelReaderEquivalenceTest.sdkLike();
    ObjectMapper oracle = BuilderPathMapper.of(ModelReaderEquivalenceTest.sdkLike());
    JavaType type = reader.constructType(model);
    Random random = new Random(model.getName().hashCode());
    ObjectNode sample = ModelSamples.sample(model, 0);
    for (int round = 0; round < 12; round++) {
      // A new order each round, read several times: the reader's guesses are both wrong and right.
      String json = reordered(sample, random, round % 3 == 0 ? 0 : 1 + random.nextInt(3)).toString();
      Object expected = oracle.readValue(json, type);
      for (int repeat = 0; repeat < 2; repeat++) {
        for (Source source : Source.values()) {
          assertSameObject(oracle, expected, source.read(reader, json, type), model.getSimpleName() + " " + source + " from " + json);
        }
      }
    }
  }

  @Test
  void readsTheSameFromManyThreadsMeetingDifferentOrders() throws Exception {
    ObjectMapper reader = ModelReaderEquivalenceTest.sdkLike();
    ObjectMapper oracle = BuilderPathMapper.of(ModelReaderEquivalenceTest.sdkLike());
    ObjectNode sample = ModelSamples.sample(Secret.class, 0);
    List<String> documents = new ArrayList<>();
    List<Object> expected = new ArrayList<>();
    Random random = new Random(17);
    for (int i = 0; i < 16; i++) {
      String json = reordered(sample, random, i % 3).toString();
      documents.add(json);
      expected.add(oracle.readValue(json, Secret.class));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          int read = 0;
          for (int i = 0; i < 2_000; i++) {
            int k = (i * 7 + offset) % documents.size();
            assertEquals(expected.get(k), reader.readValue(documents.get(k), Secret.class), documents.get(k));
            read++;
          }
          return read;
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(2_000, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theComparisonNoticesAFieldReadIntoAnother() throws Exception {
    ObjectMapper reader = ModelReaderEquivalenceTest.sdkLike();
    String json = "{\"id\":\"s1\",\"name\":\"n\",\"hostPattern\":\"h\"}";
    Object expected = reader.readValue(json, Secret.class);
    for (String other :
        new String[] {
          "{\"id\":\"n\",\"name\":\"s1\",\"hostPattern\":\"h\"}",
          "{\"name\":\"n\",\"hostPattern\":\"h\",\"i\":\"s1\"}",
          "{\"hostPattern\":\"h\",\"name\":\"n\"}"
        }) {
      Object actual = reader.readValue(other, Secret.class);
      assertNotEquals(expected, actual, other);
      assertThrows(AssertionFailedError.class, () -> assertSameObject(reader, expected, actual, other));
    }
    // The same fields in another order are the same value.
    assertSameObject(reader, expected, reader.readValue("{\"hostPattern\":\"h\",\"id\":\"s1\",\"name\":\"n\"}", Secret.class), "");
  }

  @Test
  void readsNamesWrittenWithEscapesAsTheirCharacters() throws Exception {
    ObjectMapper reader = ModelReaderEquivalenceTest.sdkLike();
    ObjectMapper oracle = BuilderPathMapper.of(ModelReaderEquivalenceTest.sdkLike());
    // The guess compares the input's bytes; an escaped name differs in bytes and must still count.
    String plain = "{\"id\":\"s1\",\"name\":\"n\",\"hostPattern\":\"h\"}";
    String escaped = "{\"\\u0069d\":\"s1\",\"na\\u006de\":\"n\",\"hostPattern\":\"h\"}";
    for (int i = 0; i < 3; i++) {
      for (String json : new String[] {plain, escaped}) {
        for (Source source : Source.values()) {
          JavaType type = reader.constructType(Secret.class);
          assertSameObject(oracle, oracle.readValue(plain, Secret.class), source.read(reader, json, type), source + " from " + json);
        }
      }
    }
  }

  /** {@code sample}'s fields shuffled (the first round keeps its order), with {@code unknown} fields the model does not have put anywhere. */
  private static ObjectNode reordered(ObjectNode sample, Random random, int unknown) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = sample.fields(); it.hasNext(); ) {
      fields.add(it.next());
    }
    if (unknown > 0) {
      Collections.shuffle(fields, random);
    }
    for (int i = 0; i < unknown; i++) {
      fields.add(random.nextInt(fields.size() + 1), Map.entry("zz_unknown_" + i, UNKNOWN_VALUES[random.nextInt(UNKNOWN_VALUES.length)]));
    }
    ObjectNode node = F.objectNode();
    for (Map.Entry<String, JsonNode> field : fields) {
      node.set(field.getKey(), field.getValue());
    }
    return node;
  }

  /** A stream that hands out one byte per read, so that a parser's buffer ends inside names. */
  private static final class OneByteAtATime extends InputStream {
    private final ByteArrayInputStream in;

    OneByteAtATime(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return len == 0 ? 0 : in.read(b, off, 1);
    }
  }
}
