package dev.onecli4j.http;

/** {@link Clock#system()}: reads the JVM's clocks. */
final class SystemClock implements Clock {
  static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long currentTimeMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public String toString() {
    return "Clock.system()";
  }
}
