package dev.onecli4j.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code onecli.*} properties. Options left unset keep the SDK's defaults; the environment
 * variables the SDK reads ({@code ONECLI_API_KEY}, {@code ONECLI_BASE_URL},
 * {@code ONECLI_WORKSPACE_ID}) bind here through Spring Boot's relaxed binding.
 */
@ConfigurationProperties(prefix = "onecli")
public class OneCliProperties {
  /** Creates the properties with their defaults (Spring Boot binds them). */
  public OneCliProperties() {}

  /** API key sent as a bearer token; the {@code OneCli} bean is created only when it is set. */
  private String apiKey;

  /** Base URL of the API, e.g. {@code http://localhost:10254/v1}; the SDK's default is the cloud API. */
  private String baseUrl;

  /** Workspace sent as {@code X-Workspace-Id} (organization keys). */
  private String workspaceId;

  /** Legacy project id sent as {@code X-Project-Id}. */
  private String projectId;

  /** Timeout of one attempt. */
  private Duration timeout;

  /** Overall deadline of a call, across attempts and waits. */
  private Duration callTimeout;

  /** Retries after the first attempt; 0 turns retries off. */
  private Integer maxRetries;

  /** Whether input is checked locally against the server's rules before it is sent. */
  private Boolean validation;

  /** Whether redacted request and response bodies are logged at trace level. */
  private Boolean logBodies;

  /** Whether plain {@code http://} is allowed to a host that is not loopback. */
  private Boolean allowInsecureHttp;

  /** How many bytes of an error body are read at most. */
  private Integer maxErrorBodyBytes;

  /** Headers sent with every request. */
  private Map<String, String> headers = new LinkedHashMap<>();

  /** The user-secrets API client. */
  @NestedConfigurationProperty private final UserSecretsProperties userSecrets = new UserSecretsProperties();

  /** The health indicator. */
  @NestedConfigurationProperty private final HealthProperties health = new HealthProperties();

  /** {@return the API key, or null} */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the API key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** {@return the base URL, or null for the SDK's default} */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl the base URL
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the workspace id, or null} */
  public String getWorkspaceId() {
    return workspaceId;
  }

  /**
   * Sets the workspace id.
   *
   * @param workspaceId the workspace id
   */
  public void setWorkspaceId(String workspaceId) {
    this.workspaceId = workspaceId;
  }

  /** {@return the legacy project id, or null} */
  public String getProjectId() {
    return projectId;
  }

  /**
   * Sets the legacy project id.
   *
   * @param projectId the legacy project id
   */
  public void setProjectId(String projectId) {
    this.projectId = projectId;
  }

  /** {@return the per-attempt timeout, or null for the SDK's default} */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the per-attempt timeout.
   *
   * @param timeout the per-attempt timeout
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** {@return the overall deadline, or null for the SDK's default} */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the overall deadline.
   *
   * @param callTimeout the overall deadline
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** {@return the retries after the first attempt, or null for the SDK's default} */
  public Integer getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets the retries after the first attempt.
   *
   * @param maxRetries the retries after the first attempt
   */
  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** {@return whether local validation is on, or null for the SDK's default} */
  public Boolean getValidation() {
    return validation;
  }

  /**
   * Sets whether local validation is on.
   *
   * @param validation whether local validation is on
   */
  public void setValidation(Boolean validation) {
    this.validation = validation;
  }

  /** {@return whether bodies are logged, or null for the SDK's default} */
  public Boolean getLogBodies() {
    return logBodies;
  }

  /**
   * Sets whether bodies are logged.
   *
   * @param logBodies whether bodies are logged
   */
  public void setLogBodies(Boolean logBodies) {
    this.logBodies = logBodies;
  }

  /** {@return whether plain http to remote hosts is allowed, or null for the SDK's default} */
  public Boolean getAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Sets whether plain http to remote hosts is allowed.
   *
   * @param allowInsecureHttp whether plain http to remote hosts is allowed
   */
  public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /** {@return the cap on error body bytes, or null for the SDK's default} */
  public Integer getMaxErrorBodyBytes() {
    return maxErrorBodyBytes;
  }

  /**
   * Sets the cap on error body bytes.
   *
   * @param maxErrorBodyBytes the cap on error body bytes
   */
  public void setMaxErrorBodyBytes(Integer maxErrorBodyBytes) {
    this.maxErrorBodyBytes = maxErrorBodyBytes;
  }

  /** {@return the headers sent with every request} */
  public Map<String, String> getHeaders() {
    return headers;
  }

  /**
   * Sets the headers sent with every request.
   *
   * @param headers the headers sent with every request
   */
  public void setHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  /** {@return the user-secrets API properties} */
  public UserSecretsProperties getUserSecrets() {
    return userSecrets;
  }

  /** {@return the health indicator properties} */
  public HealthProperties getHealth() {
    return health;
  }

  /** Names the base URL only: the key never shows up in logs or failure reports. */
  @Override
  public String toString() {
    return "OneCliProperties{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "set") + "}";
  }
}
