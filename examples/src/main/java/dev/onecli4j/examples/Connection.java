package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.testing.OneCliEmulator;
import java.io.PrintStream;

/**
 * Where an example runs: the OneCLI server named by {@code ONECLI_BASE_URL} and
 * {@code ONECLI_API_KEY} when both are set, otherwise an emulator started in this process.
 * The first line of output says which.
 */
final class Connection implements AutoCloseable {
  private final OneCli client;
  private final OneCliEmulator emulator;

  private Connection(OneCli client, OneCliEmulator emulator) {
    this.client = client;
    this.emulator = emulator;
  }

  static Connection open(PrintStream out) {
    String baseUrl = System.getenv(OneCli.ENV_BASE_URL);
    String apiKey = System.getenv(OneCli.ENV_API_KEY);
    if (baseUrl != null && !baseUrl.isEmpty() && apiKey != null && !apiKey.isEmpty()) {
      out.println("Using the OneCLI server at " + baseUrl);
      return new Connection(OneCli.fromEnv(), null);
    }
    OneCliEmulator emulator = OneCliEmulator.start();
    out.println("ONECLI_BASE_URL/ONECLI_API_KEY not set: using the embedded emulator at " + emulator.baseUrl());
    return new Connection(emulator.client(), emulator);
  }

  /** A connection over a given client (and its emulator, closed with it); for tests. */
  static Connection of(OneCli client, OneCliEmulator emulator) {
    return new Connection(client, emulator);
  }

  OneCli client() {
    return client;
  }

  /** The emulator, or {@code null} against a real server. */
  OneCliEmulator emulator() {
    return emulator;
  }

  @Override
  public void close() {
    client.close();
    if (emulator != null) {
      emulator.close();
    }
  }
}
