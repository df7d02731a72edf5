package dev.onecli4j.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of a create, hand-written; absent fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PojoSecretCreateRequest {
  public String name;
  public String type;
  public String value;
  public String hostPattern;
  public PojoInjection injectionConfig;
}
