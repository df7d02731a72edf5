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

  private static volatile List<String> tripwires = List.of();
  private static final AtomicLong TRIPS = new AtomicLong();
  private static volatile String firstTrip;

  private CapturedLogs() {}

  /**
   * Checks every event from now on, kept or not, for the given strings (a load test's canaries),
   * without keeping the events; {@link #trips()} counts the events that held one.
   */
  public static void tripOn(List<String> canaries) {
    TRIPS.set(0);
    firstTrip = null;
    tripwires = List.copyOf(canaries);
  }

  /** How many events since {@link #tripOn} held a canary. */
  public static long trips() {
    return TRIPS.get();
  }

  /** The first event that held a canary, rendered, or null. */
  public static String firstTrip() {
    return firstTrip;
  }

  static void record(Level level, String logger, String message, Throwable thrown) {
    SEEN.incrementAndGet();
    List<String> wires = tripwires;
    if (OPEN_RECORDINGS.get() == 0 && wires.isEmpty()) {
      return;
    }
    String printed = null;
    if (thrown != null) {
      StringWriter w = new StringWriter();
      thrown.printStackTrace(new PrintWriter(w));
      printed = w.toString();
    }
    for (String wire : wires) {
      if (message.contains(wire) || (printed != null && printed.contains(wire))) {
        if (TRIPS.incrementAndGet() == 1) {
          firstTrip = level + " " + logger + " - " + message + (printed == null ? "" : "\n" + printed);
        }
      }
    }
    if (OPEN_RECORDINGS.get() == 0) {
      return;
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
