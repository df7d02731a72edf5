package dev.onecli4j.spring.boot.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Gives test classes annotated with {@link AutoConfigureOneCliEmulator} the emulators; registered in {@code spring.factories}. */
public class OneCliEmulatorContextCustomizerFactory implements ContextCustomizerFactory {
  /** Created by Spring's test framework. */
  public OneCliEmulatorContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureOneCliEmulator.class)
        ? new OneCliEmulatorContextCustomizer()
        : null;
  }
}
