package dev.onecli4j.benchmarks.pojo;

/** An agent a new secret was attached to, hand-written. */
public final class PojoAgent {
  public String id;
  public String name;
}
