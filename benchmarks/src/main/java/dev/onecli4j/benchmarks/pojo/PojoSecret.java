package dev.onecli4j.benchmarks.pojo;

/** A listed secret, hand-written, with {@code createdAt} kept as the server's string. */
public final class PojoSecret extends PojoSecretFields {
  public String createdAt;
}
