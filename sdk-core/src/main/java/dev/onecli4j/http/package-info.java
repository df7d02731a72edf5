/**
 * Retries and their timing: the retry policy and budget, the clock and sleeper they use, and the
 * listener that observes each request.
 */
@NullMarked
package dev.onecli4j.http;

import org.jspecify.annotations.NullMarked;
