package dev.onecli4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.ClientOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The auto-configuration in real application contexts, one per case. */
class OneCliAutoConfigurationTest {
  static final String KEY = "oc_test_key_8f3a2c";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(OneCliAutoConfiguration.class, OneCliHealthAutoConfiguration.class));

  @Test
  void noApiKeyNoClient() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(OneCli.class).doesNotHaveBean(UserSecrets.class);
          assertThat(context).hasSingleBean(OneCliProperties.class).doesNotHaveBean(HealthIndicator.class);
        });
  }

  @Test
  void everyPropertyReachesTheClient() {
    runner
        .withPropertyValues(
            "onecli.api-key=" + KEY,
            "onecli.base-url=http://127.0.0.1:10254/v1",
            "onecli.workspace-id=ws_1",
            "onecli.timeout=7s",
            "onecli.call-timeout=1m",
            "onecli.max-retries=4",
            "onecli.validation=false",
            "onecli.log-bodies=true",
            "onecli.allow-insecure-http=true",
            "onecli.max-error-body-bytes=1024",
            "onecli.headers.X-Team=blue")
        .run(
            context -> {
              ClientOptions options = context.getBean(OneCli.class).options();
              assertThat(options.apiKey()).isEqualTo(KEY);
              assertThat(options.baseUrl()).hasToString("http://127.0.0.1:10254/v1");
              assertThat(options.workspaceId()).isEqualTo("ws_1");
              assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(options.callTimeout()).isEqualTo(Duration.ofMinutes(1));
              assertThat(options.retryPolicy().maxRetries()).isEqualTo(4);
              assertThat(options.validation()).isFalse();
              assertThat(options.logBodies()).isTrue();
              assertThat(options.allowInsecureHttp()).isTrue();
              assertThat(options.maxErrorBodyBytes()).isEqualTo(1024);
              assertThat(options.headers()).containsEntry("X-Team", "blue");
            });
  }

  @Test
  void unsetPropertiesKeepTheSdkDefaults() {
    runner
        .withPropertyValues("onecli.api-key=" + KEY)
        .run(
            context -> {
              ClientOptions options = context.getBean(OneCli.class).options();
              ClientOptions defaults = ClientOptions.builder().apiKey(KEY).build();
              assertThat(options.baseUrl()).isEqualTo(defaults.baseUrl());
              assertThat(options.timeout()).isEqualTo(defaults.timeout());
              assertThat(options.retryPolicy().maxRetries()).isEqualTo(defaults.retryPolicy().maxRetries());
              assertThat(options.validation()).isEqualTo(defaults.validation());
            });
  }

  @Test
  void theSdksEnvironmentVariablesBind() {
    runner
        .withInitializer(
            context ->
                context.getEnvironment().getPropertySources().addFirst(
                    new SystemEnvironmentPropertySource(
                        "env",
                        Map.of(
                            "ONECLI_API_KEY", KEY,
                            "ONECLI_BASE_URL", "http://localhost:10254/v1",
                            "ONECLI_WORKSPACE_ID", "ws_env"))))
        .run(
            context -> {
              ClientOptions options = context.getBean(OneCli.class).options();
              assertThat(options.apiKey()).isEqualTo(KEY);
              assertThat(options.baseUrl()).hasToString("http://localhost:10254/v1");
              assertThat(options.workspaceId()).isEqualTo("ws_env");
            });
  }

  @Test
  void userSecretsNeedsBothBaseUrlAndToken() {
    runner
        .withPropertyValues("onecli.user-secrets.base-url=http://127.0.0.1:8000/api/v1")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(UserSecrets.class));
    runner
        .withPropertyValues(
            "onecli.user-secrets.base-url=http://127.0.0.1:8000/api/v1",
            "onecli.user-secrets.token=ust_9d1",
            "onecli.timeout=3s")
        .run(
            context -> {
              ClientOptions options = context.getBean(UserSecrets.class).options();
              assertThat(options.baseUrl()).hasToString("http://127.0.0.1:8000/api/v1");
              assertThat(options.apiKey()).isEqualTo("ust_9d1");
              assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(context).doesNotHaveBean(OneCli.class);
            });
  }

  @Test
  void customizersRunInOrderAfterTheProperties() {
    runner
        .withPropertyValues("onecli.api-key=" + KEY, "onecli.headers.X-Team=blue")
        .withUserConfiguration(Customizers.class)
        .run(
            context -> {
              Map<String, String> headers = context.getBean(OneCli.class).options().headers();
              assertThat(headers).containsEntry("X-Team", "red").containsEntry("X-Order", "second");
            });
  }

  @Test
  void backsOffForTheApplicationsOwnClients() {
    runner
        .withPropertyValues("onecli.api-key=" + KEY, "onecli.user-secrets.base-url=http://127.0.0.1:8000/api/v1", "onecli.user-secrets.token=t")
        .withUserConfiguration(OwnClients.class)
        .run(
            context -> {
              assertThat(context.getBean(OneCli.class)).isSameAs(context.getBean(OwnClients.class).oneCli);
              assertThat(context.getBean(UserSecrets.class).options().baseUrl()).hasToString("http://127.0.0.1:9/own");
            });
  }

  @Test
  void theHealthIndicatorNeedsTheActuatorAndCanBeTurnedOff() {
    ApplicationContextRunner withKey = runner.withPropertyValues("onecli.api-key=" + KEY);
    withKey.run(context -> assertThat(context).hasBean("oneCliHealthIndicator").hasSingleBean(HealthIndicator.class));
    withKey
        .withPropertyValues("management.health.onecli.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthIndicator.class));
    withKey
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(OneCli.class).doesNotHaveBean("oneCliHealthIndicator"));
  }

  @Test
  void aBadPropertyFailsStartupWithoutShowingTheKey() {
    runner
        .withPropertyValues("onecli.api-key=" + KEY, "onecli.base-url=ftp://example.com/v1")
        .run(
            context -> {
              assertThat(context).hasFailed();
              StringBuilder chain = new StringBuilder();
              for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                chain.append(t).append('\n');
              }
              assertThat(chain.toString()).contains("baseUrl is not an absolute http(s) URL").doesNotContain(KEY);
            });
    OneCliProperties properties = new OneCliProperties();
    properties.setApiKey(KEY);
    assertThat(properties.toString()).doesNotContain(KEY).contains("apiKey=set");
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    OneCliBuilderCustomizer second() {
      return b -> b.header("X-Order", "second");
    }

    @Bean
    @Order(1)
    OneCliBuilderCustomizer first() {
      return b -> b.header("X-Team", "red").header("X-Order", "first");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClients {
    final OneCli oneCli = OneCli.builder().apiKey("oc_own").build();

    @Bean
    OneCli ownOneCli() {
      return oneCli;
    }

    @Bean
    UserSecrets ownUserSecrets() {
      return UserSecrets.builder().baseUrl("http://127.0.0.1:9/own").token("own").build();
    }
  }
}
