package dev.onecli4j.benchmarks.pojo;

/** A create's answer, hand-written, with {@code createdAt} kept as the server's string. */
public final class PojoSecretCreated extends PojoSecretCreatedFields {
  public String createdAt;
}
