package dev.onecli4j.testing;

/** The API behind an emulator: answers requests, and shapes the failures that faults inject. */
interface Handler {
  /** Answers one request. */
  Reply handle(Exchange exchange);

  /** An error answer in this API's shape, for an injected fault with {@code status}. */
  Reply failure(Exchange exchange, int status, String message);
}
