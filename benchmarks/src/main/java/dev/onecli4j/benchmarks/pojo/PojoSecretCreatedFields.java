package dev.onecli4j.benchmarks.pojo;

import java.util.List;

/** The fields of a create's answer other than its date, as a hand-written client declares them. */
public abstract class PojoSecretCreatedFields {
  public String id;
  public String name;
  public String type;
  public String valueSource;
  public String opRef;
  public String hostPattern;
  public String pathPattern;
  public String preview;
  public List<PojoAgent> attachedAgents;
}
