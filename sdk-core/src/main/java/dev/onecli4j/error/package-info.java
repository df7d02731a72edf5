/**
 * The exceptions a call throws: one per HTTP status class the server answers with, plus
 * connection, timeout and response failures, and the parsed error body they carry.
 */
@NullMarked
package dev.onecli4j.error;

import org.jspecify.annotations.NullMarked;
