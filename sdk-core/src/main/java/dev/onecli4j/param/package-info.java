/**
 * The parameter objects of calls that take more than a few values, each with a builder that
 * checks its required fields.
 */
@NullMarked
package dev.onecli4j.param;

import org.jspecify.annotations.NullMarked;
