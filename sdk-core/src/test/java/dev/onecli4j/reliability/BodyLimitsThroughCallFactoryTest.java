package dev.onecli4j.reliability;

import dev.onecli4j.OneCli;

/**
 * Every case of {@link BodyLimitsTest} again, with each attempt made through a caller's call factory
 * built as tracing instrumentations build theirs ({@link WrappingCallFactory}): the body limit and capped body logging hold.
 */
class BodyLimitsThroughCallFactoryTest extends BodyLimitsTest {
  @Override
  void through(OneCli.Builder b) {
    b.callFactory(WrappingCallFactory::new);
  }
}
