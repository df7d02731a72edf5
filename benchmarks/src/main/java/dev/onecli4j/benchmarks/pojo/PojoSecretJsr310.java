package dev.onecli4j.benchmarks.pojo;

import java.time.OffsetDateTime;

/** A listed secret, hand-written, with {@code createdAt} read by jackson-datatype-jsr310. */
public final class PojoSecretJsr310 extends PojoSecretFields {
  public OffsetDateTime createdAt;
}
