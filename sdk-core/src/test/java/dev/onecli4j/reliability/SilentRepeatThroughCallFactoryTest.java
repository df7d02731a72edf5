package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Every case of {@link SilentRepeatTest} again with the attempts made through a caller's call factory
 * (built as tracing instrumentations build theirs): no request the SDK did not decide hold the same.
 */
class SilentRepeatThroughCallFactoryTest extends SilentRepeatTest {
  private final List<WrappingCallFactory> factories = new ArrayList<>();

  @Override
  void through(OneCli.Builder b) {
    b.callFactory(
        http -> {
          WrappingCallFactory f = new WrappingCallFactory(http);
          factories.add(f);
          return f;
        });
  }

  @AfterEach
  void theFactoryWasUsed() {
    assertTrue(factories.stream().allMatch(f -> f.calls() == 0 || f.intercepted() > 0), "a factory made calls its interceptor never saw");
  }
}
