package dev.onecli4j.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's application context at in-process emulators from
 * {@code onecli4j-testing} instead of a real server.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureOneCliEmulator
 * class KeyManagerTest {
 *   @Autowired OneCli client;            // talks to the emulator
 *   @Autowired OneCliEmulator emulator;  // faults, recorded requests
 * }
 * }</pre>
 *
 * <p>The context gets a {@code OneCliEmulator} and a {@code UserSecretsEmulator} as beans, and
 * {@code onecli.base-url}, {@code onecli.api-key}, {@code onecli.workspace-id},
 * {@code onecli.user-secrets.base-url} and {@code onecli.user-secrets.token} pointing at them,
 * ahead of every other property source. The emulators live as long as the (cached) context and
 * are reset before every test method. Needs {@code onecli4j-testing} and {@code spring-test} on
 * the test class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureOneCliEmulator {}
