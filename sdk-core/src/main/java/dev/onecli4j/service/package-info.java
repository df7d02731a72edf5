/**
 * The OneCLI API's services, one per group of operations, blocking and asynchronous; a client's
 * accessors hand them out.
 */
@NullMarked
package dev.onecli4j.service;

import org.jspecify.annotations.NullMarked;
