package dev.onecli4j.spring.boot.test;

import dev.onecli4j.testing.OneCliEmulator;
import dev.onecli4j.testing.UserSecretsEmulator;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the emulators of a test class annotated with {@link AutoConfigureOneCliEmulator} before
 * each test method, so that state and faults never leak between tests that share a cached
 * context; registered in {@code spring.factories}.
 */
public class OneCliEmulatorResetListener extends AbstractTestExecutionListener {
  /** Created by Spring's test framework. */
  public OneCliEmulatorResetListener() {}

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureOneCliEmulator.class)) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(OneCliEmulator.class).ifAvailable(OneCliEmulator::reset);
    context.getBeanProvider(UserSecretsEmulator.class).ifAvailable(UserSecretsEmulator::reset);
  }
}
