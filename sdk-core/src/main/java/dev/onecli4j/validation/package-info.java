/**
 * The local checks of a request's parameters and the
 * {@link dev.onecli4j.validation.ValidationException} that lists every problem they find.
 */
@NullMarked
package dev.onecli4j.validation;

import org.jspecify.annotations.NullMarked;
