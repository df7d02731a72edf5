package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class TransportExceptionsTest {
  @Test
  void connectionExceptionKeepsTheIoCause() {
    IOException cause = new ConnectException("Connection refused");
    ConnectionException e = new ConnectionException("connection failed", cause);
    assertSame(cause, e.getCause());
    assertEquals("connection failed", e.getMessage());
    assertInstanceOf(OneCliException.class, e);
  }

  @Test
  void timeoutExceptionTellsWhichLimitPassed() {
    TimeoutException attempt = new TimeoutException("attempt timed out", new SocketTimeoutException("timeout"), false);
    TimeoutException overall = new TimeoutException("overall deadline exceeded", true);
    assertFalse(attempt.overallDeadline());
    assertInstanceOf(SocketTimeoutException.class, attempt.getCause());
    assertTrue(overall.overallDeadline());
    assertNull(overall.getCause());
    assertInstanceOf(OneCliException.class, overall);
  }

  @Test
  void oneCliExceptionIsUnchecked() {
    OneCliException e = new OneCliException("boom", new IllegalStateException("cause"));
    assertInstanceOf(RuntimeException.class, e);
    assertEquals("boom", e.getMessage());
    assertEquals("cause", e.getCause().getMessage());
    assertNull(new OneCliException("plain").getCause());
  }
}
