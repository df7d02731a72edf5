package dev.onecli4j.generated.onecli.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that adds a blocklist entry: either activates a predefined host by id, or adds a
 * custom rule with a name and a host pattern. The OpenAPI schema is a {@code oneOf}; build one
 * with {@link #predefinedHost} or {@link #customRule}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE)
public final class BlocklistEntryAddRequest {
  @JsonProperty("hostId")
  private final String hostId;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("hostPattern")
  private final String hostPattern;

  @JsonCreator
  private BlocklistEntryAddRequest(
      @JsonProperty("hostId") String hostId,
      @JsonProperty("name") String name,
      @JsonProperty("hostPattern") String hostPattern) {
    this.hostId = hostId;
    this.name = name;
    this.hostPattern = hostPattern;
  }

  /**
   * Activates the predefined blocklist host {@code hostId}.
   *
   * @param hostId the id of the predefined host
   * @return the new blocklist entry add request
   */
  public static BlocklistEntryAddRequest predefinedHost(String hostId) {
    return new BlocklistEntryAddRequest(Objects.requireNonNull(hostId, "hostId"), null, null);
  }

  /**
   * Adds a custom blocklist rule for hosts matching {@code hostPattern}.
   *
   * @param name the rule's display name
   * @param hostPattern the host pattern, e.g. {@code *.example.com}
   * @return the new blocklist entry add request
   */
  public static BlocklistEntryAddRequest customRule(String name, String hostPattern) {
    return new BlocklistEntryAddRequest(
        null, Objects.requireNonNull(name, "name"), Objects.requireNonNull(hostPattern, "hostPattern"));
  }

  /** {@return the predefined host id, or {@code null} for a custom rule} */
  public @Nullable String hostId() {
    return hostId;
  }

  /** {@return the custom rule's name, or {@code null} for a predefined host} */
  public @Nullable String name() {
    return name;
  }

  /** {@return the custom rule's host pattern, or {@code null} for a predefined host} */
  public @Nullable String hostPattern() {
    return hostPattern;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BlocklistEntryAddRequest)) {
      return false;
    }
    BlocklistEntryAddRequest other = (BlocklistEntryAddRequest) o;
    return Objects.equals(hostId, other.hostId)
        && Objects.equals(name, other.name)
        && Objects.equals(hostPattern, other.hostPattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostId, name, hostPattern);
  }

  @Override
  public String toString() {
    // Tokens and URL passwords a value may embed print masked, as in every generated model.
    return dev.onecli4j.generated.runtime.Credentials.maskTokens(describe());
  }

  private String describe() {
    return hostId != null
        ? "BlocklistEntryAddRequest{hostId=" + hostId + "}"
        : "BlocklistEntryAddRequest{name=" + name + ", hostPattern=" + hostPattern + "}";
  }
}
