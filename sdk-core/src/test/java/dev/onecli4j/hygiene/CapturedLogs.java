package dev.onecli4j.hygiene;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.event.Level;

/**
 * Every SLF4J event of the test JVM passes through here (see {@link CapturingServiceProvider}):
 * every logger is enabled at every level, so every log statement of the SDK is formatted. Events
 * are kept in memory while at least one {@link Recording} is open and only counted otherwise, so
 * that load tests do not fill the heap.
 */
public final class CapturedLogs {
  /** One logging event, fully rendered: the formatted message and the printed throwable, if any. */
  public record Event(Level level, String logger, String thread, String message, String thrown) {
    /** Everything a log appender could write for this event. */
    public String rendered() {
      return level + " [" + thread + "] " + logger + " - " + message + (thrown == null ? "" : "\n" + thrown);
    }
  }

  private static final List<Event> EVENTS = Collections.synchronizedList(new ArrayList<>());
  private static final AtomicInteger OPEN_RECORDINGS = new AtomicInteger();
  private static final AtomicLong SEEN = new AtomicLong();

  private CapturedLogs() {}

  static void record(Level level, String logger, String message, Throwable thrown) {
    SEEN.incrementAndGet();
    if (OPEN_RECORDINGS.get() == 0) {
      return;
    }
    String printed = null;
    if (thrown != null) {
      StringWriter w = new StringWriter();
      thrown.printStackTrace(new PrintWriter(w));
      printed = w.toString();
    }
    EVENTS.add(new Event(level, logger, Thread.currentThread().getName(), message, printed));
  }

  /** How many events the whole JVM has logged so far, recorded or not. */
  public static long seen() {
    return SEEN.get();
  }

  /** Starts keeping events; they are dropped when the last open recording closes. */
  public static Recording start() {
    synchronized (EVENTS) {
      if (OPEN_RECORDINGS.getAndIncrement() == 0) {
        EVENTS.clear();
      }
    }
    return new Recording();
  }

  /** A window during which every event is kept. */
  public static final class Recording implements AutoCloseable {
    private boolean closed;

    private Recording() {}

    /** The events kept so far, in order. */
    public List<Event> events() {
      synchronized (EVENTS) {
        return new ArrayList<>(EVENTS);
      }
    }

    /** Every kept event rendered, one after another. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Event e : events()) {
        sb.append(e.rendered()).append('\n');
      }
      return sb.toString();
    }

    /** Forgets the events kept so far. */
    public void clear() {
      EVENTS.clear();
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      synchronized (EVENTS) {
        if (OPEN_RECORDINGS.decrementAndGet() == 0) {
          EVENTS.clear();
        }
      }
    }
  }
}
