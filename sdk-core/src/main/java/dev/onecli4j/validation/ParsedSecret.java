package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.Injection;

/**
 * A secret body as the server's schema hands it to its service: what the service rules look at.
 * For updates, {@code has...} tells a field that was sent (possibly as null) from one left out.
 */
final class ParsedSecret {
  String type;
  String valueSource;
  String value;
  boolean hasName;
  boolean hasValue;
  boolean hasHostPattern;
  boolean hasPathPattern;
  boolean hasInjection;
  Injection injection;
}
