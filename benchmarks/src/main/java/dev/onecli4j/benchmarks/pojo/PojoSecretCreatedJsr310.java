package dev.onecli4j.benchmarks.pojo;

import java.time.OffsetDateTime;

/** A create's answer, hand-written, with {@code createdAt} read by jackson-datatype-jsr310. */
public final class PojoSecretCreatedJsr310 extends PojoSecretCreatedFields {
  public OffsetDateTime createdAt;
}
