package dev.onecli4j.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A success body as it streams to the reader: counted against the client's size limit (the
 * decoded size, so a gzip bomb stops at the limit too), its first bytes kept for the trace log
 * when body logging is on, and the first failure of the underlying stream remembered.
 */
final class BoundedBody extends FilterInputStream {
  private final long max;
  private final int logCap;
  private final ByteArrayOutputStream logged;
  private long count;
  private IOException failure;

  /** The body passed the limit; reading stopped there. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("the body is larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  BoundedBody(InputStream in, long max, int logCap) {
    super(in);
    this.max = max;
    this.logCap = logCap;
    this.logged = logCap > 0 ? new ByteArrayOutputStream(Math.min(logCap, 8192)) : null;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int n;
    try {
      // Ask for at most one byte past the limit: enough to tell that the body is too large.
      long room = max - count + 1;
      n = super.read(b, off, (int) Math.min(len, Math.max(1, room)));
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (n > 0) {
      count += n;
      if (logged != null && logged.size() < logCap) {
        logged.write(b, off, (int) Math.min(n, logCap - logged.size()));
      }
      if (count > max) {
        failure = new TooLarge(max);
        throw failure;
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int read = read(sink, 0, sink.length);
    return Math.max(read, 0);
  }

  /** Reads the rest of the body. */
  byte[] readAll() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = read(buffer, 0, buffer.length); n >= 0; n = read(buffer, 0, buffer.length)) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The first failure of the underlying stream, or the size limit passed; null if none. */
  IOException failure() {
    return failure;
  }

  /** Bytes read so far. */
  long count() {
    return count;
  }

  /** The bytes kept for the log (at most the log cap), or null when not logging. */
  byte[] logged() {
    return logged == null ? null : logged.toByteArray();
  }

  /** Whether the log kept every byte read. */
  boolean loggedAll() {
    return logged != null && logged.size() == count;
  }
}
