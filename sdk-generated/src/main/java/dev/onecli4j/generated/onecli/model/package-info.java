/**
 * The OneCLI API's models, generated from {@code openapi/onecli.yaml}: immutable, each with a
 * builder; an accessor is {@code @Nullable} when its field is optional or nullable.
 */
@NullMarked
package dev.onecli4j.generated.onecli.model;

import org.jspecify.annotations.NullMarked;
