package it.boot4;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/** An application that stores keys through the OneCli bean. */
@SpringBootApplication
public class KeyStoreApplication {
  public static void main(String[] args) {
    SpringApplication.run(KeyStoreApplication.class, args);
  }

  /** Uses the auto-configured client. */
  @Service
  public static class KeyStore {
    private final OneCli client;

    public KeyStore(OneCli client) {
      this.client = client;
    }

    public SecretCreated store(String name, String value) {
      return client.secrets().create(
          SecretCreateParams.builder()
              .name(name)
              .type(SecretType.GENERIC)
              .value(value)
              .hostPattern("api.example.com")
              .injection(Injection.header("Authorization", "Bearer {value}"))
              .build());
    }
  }
}
