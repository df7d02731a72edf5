package dev.onecli4j.testing;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.internal.http.HttpTransport;

/**
 * The SDK transport pointed at an emulator, for endpoints whose facade services are still
 * empty: tests call the generated request builders through it (they move to facade calls later).
 */
final class Transports {
  private Transports() {}

  /** A transport with the emulator's current key and no retries. */
  static HttpTransport of(OneCliEmulator emulator) {
    return of(emulator, emulator.apiKey());
  }

  /** A transport with {@code apiKey} and no retries. */
  static HttpTransport of(OneCliEmulator emulator, String apiKey) {
    return HttpTransport.create(
        ClientOptions.builder().apiKey(apiKey).baseUrl(emulator.baseUrl()).maxRetries(0).validation(false).build());
  }
}
