/**
 * The options of a client ({@link dev.onecli4j.core.ClientOptions}) and of one call
 * ({@link dev.onecli4j.core.RequestOptions}).
 */
@NullMarked
package dev.onecli4j.core;

import org.jspecify.annotations.NullMarked;
