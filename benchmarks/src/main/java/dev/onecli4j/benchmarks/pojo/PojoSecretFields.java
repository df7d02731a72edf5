package dev.onecli4j.benchmarks.pojo;

import java.util.Map;

/** The fields of a listed secret other than its date, as a hand-written client declares them. */
public abstract class PojoSecretFields {
  public String id;
  public String name;
  public String type;
  public String valueSource;
  public String opRef;
  public String hostPattern;
  public String pathPattern;
  public PojoInjection injectionConfig;
  public Map<String, Object> metadata;
  public String scope;
  public String typeLabel;
}
