/**
 * The user-secrets API's services, blocking and asynchronous.
 */
@NullMarked
package dev.onecli4j.service.usersecrets;

import org.jspecify.annotations.NullMarked;
