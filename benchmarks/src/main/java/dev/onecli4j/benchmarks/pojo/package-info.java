/**
 * The baseline: the small POJOs a developer writes by hand for OkHttp + Jackson — public
 * fields, a default constructor, strings for enums, unknown fields ignored — with the dates kept
 * as strings ({@link dev.onecli4j.benchmarks.pojo.PojoSecret}, the {@code raw} side) or read with
 * jackson-datatype-jsr310 ({@link dev.onecli4j.benchmarks.pojo.PojoSecretJsr310}, {@code
 * raw-jsr310}).
 */
package dev.onecli4j.benchmarks.pojo;
