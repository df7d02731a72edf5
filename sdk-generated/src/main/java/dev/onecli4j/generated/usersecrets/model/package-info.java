/**
 * The user-secrets API's models, generated from {@code openapi/user-secrets.yaml}: immutable, each
 * with a builder; an accessor is {@code @Nullable} when its field is optional or nullable.
 */
@NullMarked
package dev.onecli4j.generated.usersecrets.model;

import org.jspecify.annotations.NullMarked;
