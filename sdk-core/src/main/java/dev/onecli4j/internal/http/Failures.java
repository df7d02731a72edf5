package dev.onecli4j.internal.http;

import dev.onecli4j.http.FailureKind;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.TimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Classifies I/O failures of an attempt and turns them into the SDK's exceptions. */
final class Failures {
  private Failures() {}

  /** Whether the server can have seen the request, judged from the exception. */
  static FailureKind classify(IOException e) {
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return FailureKind.CONNECT_FAILED;
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (e instanceof SocketTimeoutException && message.contains("connect")) {
      return FailureKind.CONNECT_FAILED;
    }
    if (e instanceof InterruptedIOException) {
      return FailureKind.ATTEMPT_TIMEOUT;
    }
    return FailureKind.IO_AFTER_SEND;
  }

  /** The exception a call throws when its last attempt failed with {@code e}. */
  static RuntimeException toException(
      IOException e, FailureKind kind, String operationId, int attempts, boolean deadlinePassed) {
    String where = operationId + " after " + attempts + (attempts == 1 ? " attempt" : " attempts");
    if (deadlinePassed) {
      return new TimeoutException("overall deadline exceeded in " + where, e, true);
    }
    if (kind == FailureKind.ATTEMPT_TIMEOUT) {
      return new TimeoutException("attempt timed out in " + where, e, false);
    }
    // The cause is kept for its type and stack; OkHttp's messages name only host and port.
    return new ConnectionException("connection failed in " + where + ": " + e.getClass().getSimpleName(), e);
  }
}
