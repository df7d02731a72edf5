package dev.onecli4j.benchmarks.coldstart;

import dev.onecli4j.benchmarks.StockClient;

/** Cold start of the stock client: its default {@code ApiClient}, one list, print how many, exit. */
public final class StockFirstCall {
  private StockFirstCall() {}

  /** {@code args[0]}: the base URL; {@code args[1]}: the API key. */
  public static void main(String[] args) {
    System.out.println(new StockClient(null, args[0], args[1]).listSecrets().size());
    System.exit(0);
  }
}
