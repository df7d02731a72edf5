package dev.onecli4j.internal.http;

import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.TimeoutException;
import dev.onecli4j.http.FailureKind;
import dev.onecli4j.internal.text.KnownSecrets;
import dev.onecli4j.internal.text.Redaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
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
      IOException e, FailureKind kind, String operationId, int attempts, boolean deadlinePassed, KnownSecrets secrets) {
    String where = operationId + " after " + attempts + (attempts == 1 ? " attempt" : " attempts");
    IOException cause = sanitize(e, secrets);
    if (deadlinePassed) {
      return new TimeoutException("overall deadline exceeded in " + where, cause, true);
    }
    if (kind == FailureKind.ATTEMPT_TIMEOUT) {
      return new TimeoutException("attempt timed out in " + where, cause, false);
    }
    return new ConnectionException("connection failed in " + where + ": " + e.getClass().getSimpleName(), cause);
  }

  /**
   * {@code e} itself when its message cannot quote the server (a refused connect, a timeout, a
   * reset), else a {@link RedactedIOException} in its place: OkHttp's protocol errors ("Unexpected
   * status line: …", "expected chunk size … but was …", okio's "\n not found: … content=…") quote
   * the bytes the server sent, which may echo a credential. The causes below are treated alike.
   */
  static IOException sanitize(IOException e, KnownSecrets secrets) {
    if (e == null) {
      return null;
    }
    if (isQuietThroughout(e, secrets, 0)) {
      return e;
    }
    return new RedactedIOException(e, secrets);
  }

  /** Whether {@code e}, its causes and what it suppressed are all {@linkplain #isQuiet quiet}. */
  private static boolean isQuietThroughout(Throwable e, KnownSecrets secrets, int depth) {
    if (depth > 8 || !isQuiet(e, secrets)) {
      return false;
    }
    for (Throwable s : e.getSuppressed()) {
      if (!isQuietThroughout(s, secrets, depth + 1)) {
        return false;
      }
    }
    Throwable cause = e.getCause();
    return cause == null || cause == e || isQuietThroughout(cause, secrets, depth + 1);
  }

  /** Whether the exception is of a kind whose message never quotes the server, and says nothing secret. */
  static boolean isQuiet(Throwable e, KnownSecrets secrets) {
    boolean quietType =
        e instanceof ConnectException
            || e instanceof NoRouteToHostException
            || e instanceof UnknownHostException
            || e instanceof SocketTimeoutException
            || e.getClass() == SocketException.class
            || e.getClass() == java.io.EOFException.class && e.getMessage() == null
            || e.getClass() == InterruptedIOException.class
            || e instanceof java.util.concurrent.CancellationException
            || e instanceof AttemptGuard.RepeatRefused;
    String message = e.getMessage();
    return quietType
        && (message == null
            || (message.equals(secrets.scrub(message)) && message.equals(Redaction.scrubPatterns(message))));
  }

  /**
   * Stands for an I/O failure whose message may quote the server: names the original class, keeps
   * the message only up to the first quoted part, and keeps the stack trace.
   */
  static final class RedactedIOException extends IOException {
    private static final long serialVersionUID = 1L;

    RedactedIOException(Throwable original, KnownSecrets secrets) {
      super(original.getClass().getName() + ": " + withheld(original.getMessage(), secrets), redactedCause(original, secrets));
      setStackTrace(original.getStackTrace());
    }

    private static Throwable redactedCause(Throwable original, KnownSecrets secrets) {
      Throwable cause = original.getCause();
      if (cause == null || cause == original) {
        return null;
      }
      return isQuietThroughout(cause, secrets, 0) ? cause : new RedactedIOException(cause, secrets);
    }

    /** The message up to its first {@code ": "} or quote, masked; "(details withheld)" marks the cut. */
    static String withheld(String message, KnownSecrets secrets) {
      if (message == null) {
        return "(no message)";
      }
      int cut = message.length();
      for (String mark : new String[] {": ", "\"", "'", "content=", "\n"}) {
        int at = message.indexOf(mark);
        if (at >= 0 && at < cut) {
          cut = at;
        }
      }
      String kept = Redaction.scrubPatterns(secrets.scrub(message.substring(0, cut))).trim();
      return cut < message.length() ? kept + " (details from the server withheld)" : kept;
    }
  }
}
