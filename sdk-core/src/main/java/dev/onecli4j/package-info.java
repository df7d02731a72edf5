/**
 * The clients: {@link dev.onecli4j.OneCli} for the OneCLI API and {@link dev.onecli4j.UserSecrets}
 * for the user-secrets API, their asynchronous views and the raw answer of a call.
 * 
 * <p>Every type in this package is null-marked: a value may be {@code null} only where its type
 * says {@code @Nullable}.
 */
@NullMarked
package dev.onecli4j;

import org.jspecify.annotations.NullMarked;
