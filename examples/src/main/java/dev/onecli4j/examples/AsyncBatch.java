package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creates 100 secrets concurrently with the async API, counts them, and deletes them again. */
public final class AsyncBatch {
  static final int COUNT = 100;

  private AsyncBatch() {}

  /** Runs the batch against {@code ONECLI_BASE_URL} or the embedded emulator. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (Connection connection = Connection.open(out)) {
      OneCli client = connection.client();
      List<CompletableFuture<SecretCreated>> creates = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        creates.add(
            client.async().secrets().create(
                SecretCreateParams.builder()
                    .name("batch-" + i)
                    .type(SecretType.GENERIC)
                    .value("token-value-" + i + "-abcdef")
                    .hostPattern("service-" + i + ".example.com")
                    .injection(Injection.header("X-Api-Key"))
                    .build()));
      }
      List<SecretCreated> created = CompletableFuture.allOf(creates.toArray(new CompletableFuture<?>[0]))
          .thenApply(v -> creates.stream().map(CompletableFuture::join).collect(Collectors.toList()))
          .join();
      out.println("Created " + created.size() + " secrets concurrently");

      long batch = client.async().secrets().list().join().stream().filter(s -> s.name().startsWith("batch-")).count();
      out.println("The server lists " + batch + " of them");

      CompletableFuture.allOf(
              created.stream().map(s -> client.async().secrets().delete(s.id())).toArray(CompletableFuture<?>[]::new))
          .join();
      out.println("Deleted " + created.size() + " secrets");
    }
  }
}
