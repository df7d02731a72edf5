package dev.onecli4j.reliability;

import dev.onecli4j.OneCli;

/**
 * Every case of {@link CallControlTest} again, with each attempt made through a caller's call factory
 * built as tracing instrumentations build theirs ({@link WrappingCallFactory}): interrupts, cancellation, close and listener events hold.
 */
class CallControlThroughCallFactoryTest extends CallControlTest {
  @Override
  void through(OneCli.Builder b) {
    b.callFactory(WrappingCallFactory::new);
  }
}
