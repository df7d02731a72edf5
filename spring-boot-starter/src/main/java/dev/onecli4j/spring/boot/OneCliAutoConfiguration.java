package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates a {@link OneCli} bean from the {@code onecli.*} properties when {@code onecli.api-key}
 * is set, and a {@link UserSecrets} bean when {@code onecli.user-secrets.base-url} and
 * {@code onecli.user-secrets.token} are. Each backs off when the application defines its own.
 * The context closes them on shutdown.
 */
@AutoConfiguration
@ConditionalOnClass(OneCli.class)
@EnableConfigurationProperties(OneCliProperties.class)
public class OneCliAutoConfiguration {
  /** Created by Spring. */
  public OneCliAutoConfiguration() {}

  /**
   * The OneCLI client.
   *
   * @param properties the bound {@code onecli.*} properties
   * @param customizers the application's builder customizers
   * @return the client
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "onecli", name = "api-key")
  public OneCli oneCli(OneCliProperties properties, ObjectProvider<OneCliBuilderCustomizer> customizers) {
    OneCli.Builder builder = new ClientOptionsBinder(properties).oneCli();
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /**
   * The user-secrets client.
   *
   * @param properties the bound {@code onecli.*} properties
   * @param customizers the application's builder customizers
   * @return the client
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "onecli.user-secrets", name = {"base-url", "token"})
  public UserSecrets userSecrets(
      OneCliProperties properties, ObjectProvider<UserSecretsBuilderCustomizer> customizers) {
    UserSecrets.Builder builder = new ClientOptionsBinder(properties).userSecrets();
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }
}
