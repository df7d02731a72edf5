/**
 * Presets: what a secret for a known provider (its host, header and key format) looks like, and
 * the secrets built from them.
 */
@NullMarked
package dev.onecli4j.preset;

import org.jspecify.annotations.NullMarked;
