package dev.onecli4j.reliability;

import dev.onecli4j.OneCli;

/**
 * Every case of {@link SilentRepeatTest} again, with each attempt made through a caller's call factory
 * built as tracing instrumentations build theirs ({@link WrappingCallFactory}): the server sees only the requests the SDK decided.
 */
class SilentRepeatThroughCallFactoryTest extends SilentRepeatTest {
  @Override
  void through(OneCli.Builder b) {
    b.callFactory(WrappingCallFactory::new);
  }
}
