package dev.onecli4j;

import java.time.Duration;

/**
 * The former home of {@link dev.onecli4j.core.ClientOptions}, kept so that code written against
 * its constants and builder still compiles.
 *
 * @deprecated use {@link dev.onecli4j.core.ClientOptions}; this alias will be removed in the next
 *     release
 */
@Deprecated
public final class ClientOptions {
  /** The OneCLI cloud API. */
  public static final String DEFAULT_BASE_URL = dev.onecli4j.core.ClientOptions.DEFAULT_BASE_URL;
  /** Default per-attempt timeout. */
  public static final Duration DEFAULT_TIMEOUT = dev.onecli4j.core.ClientOptions.DEFAULT_TIMEOUT;
  /** Default overall deadline across attempts and waits. */
  public static final Duration DEFAULT_CALL_TIMEOUT = dev.onecli4j.core.ClientOptions.DEFAULT_CALL_TIMEOUT;
  /** Default cap on how much of an error body is read. */
  public static final int DEFAULT_MAX_ERROR_BODY_BYTES =
      dev.onecli4j.core.ClientOptions.DEFAULT_MAX_ERROR_BODY_BYTES;

  private ClientOptions() {}

  /**
   * A builder with every default set.
   *
   * @return the builder of {@link dev.onecli4j.core.ClientOptions}
   */
  public static dev.onecli4j.core.ClientOptions.Builder builder() {
    return dev.onecli4j.core.ClientOptions.builder();
  }
}
