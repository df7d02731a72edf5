package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.Injection;

/**
 * A secret create or update body after validation. For updates, the {@code has...} flags tell
 * a field that was sent (possibly as null) from one that was left out.
 */
final class SecretInput {
  String name;
  String type;
  String valueSource;
  String value;
  boolean hasValue;
  String opRef;
  JsonNode opDisplay;
  String hostPattern;
  String pathPattern;
  boolean hasPathPattern;
  Injection injection;
  boolean hasInjection;
}
