package dev.onecli4j.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An injection config, hand-written: every variant's keys in one class. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PojoInjection {
  public String headerName;
  public String valueFormat;
  public String paramName;
  public String paramFormat;
  public String pathTemplate;
  public String pathRegex;
  public String pathReplacement;
}
