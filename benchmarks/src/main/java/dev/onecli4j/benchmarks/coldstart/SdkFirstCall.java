package dev.onecli4j.benchmarks.coldstart;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Secret;
import java.util.List;

/** Cold start, SDK side: build a client, list the secrets once, print how many, exit. */
public final class SdkFirstCall {
  private SdkFirstCall() {}

  /** {@code args[0]}: the base URL, e.g. {@code http://127.0.0.1:1234/n10/v1}. */
  public static void main(String[] args) {
    try (OneCli client = OneCli.builder().apiKey(args[1]).baseUrl(args[0]).build()) {
      List<Secret> secrets = client.secrets().list();
      System.out.println(secrets.size());
    }
    System.exit(0);
  }
}
