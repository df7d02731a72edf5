package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.GrantAccess;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.validation.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an agent may use an app connection: {@link #full()} access, or {@link #custom} access
 * naming the tools it may use without asking ({@code allow}) and the ones that need an approval
 * first ({@code ask}); a custom grant always sends both lists. Optionally the repositories or
 * folders the connection's credential is limited to: left out, the server keeps the current
 * limit; {@link #withoutResources()} removes it; {@link #withResources} sets it. Immutable.
 *
 * <pre>{@code
 * client.agents().grantConnection(agentId, connectionId, ConnectionGrantParams.custom(
 *     List.of("list_notes"), List.of("get_note")));
 * }</pre>
 */
public final class ConnectionGrantParams extends BodyParams {
  private final GrantAccess access;
  private final List<String> allow;
  private final List<String> ask;
  private final ResourceSelection resources;
  private final boolean resourcesSet;

  private ConnectionGrantParams(
      GrantAccess access,
      List<String> allow,
      List<String> ask,
      @Nullable ResourceSelection resources,
      boolean resourcesSet,
      Map<String, ?> additionalBodyProperties) {
    super(additionalBodyProperties);
    this.access = access;
    this.allow = allow;
    this.ask = ask;
    this.resources = resources;
    this.resourcesSet = resourcesSet;
  }

  /**
   * Full access to every tool of the app.
   *
   * @return the params
   */
  public static ConnectionGrantParams full() {
    return new ConnectionGrantParams(GrantAccess.FULL, List.of(), List.of(), null, false, Map.of());
  }

  /**
   * Access to chosen tools of the app (ids from {@code apps().getPermissionDefinition}). The
   * server needs at least one tool in the two lists together, no tool in both, and every tool in
   * the app's catalog; to give nothing, revoke the grant instead.
   *
   * @param allow tools the agent may use without asking, possibly empty
   * @param ask tools that need an approval first, possibly empty
   * @return the params
   * @throws dev.onecli4j.validation.ValidationException if a list or one of its tools is null
   */
  public static ConnectionGrantParams custom(Collection<String> allow, Collection<String> ask) {
    Problems problems = Problems.of("ConnectionGrantParams");
    checkTools(problems, "allow", allow);
    checkTools(problems, "ask", ask);
    problems.throwIfAny();
    return new ConnectionGrantParams(
        GrantAccess.CUSTOM,
        Collections.unmodifiableList(new ArrayList<>(allow)),
        Collections.unmodifiableList(new ArrayList<>(ask)),
        null,
        false,
        Map.of());
  }

  private static void checkTools(Problems problems, String field, Collection<String> tools) {
    if (tools == null) {
      problems.add(field, "is required (possibly empty)");
      return;
    }
    int i = 0;
    for (String tool : tools) {
      problems.required(field + "[" + i++ + "]", tool);
    }
  }

  /**
   * The same grant, limited to repositories or folders. Self-hosted servers without an
   * Enterprise licence refuse this with 403.
   *
   * @param resources the repositories or folders
   * @return a copy that sets the limit
   * @throws dev.onecli4j.validation.ValidationException if {@code resources} is null
   */
  public ConnectionGrantParams withResources(ResourceSelection resources) {
    Problems.of("ConnectionGrantParams").required("resources", resources).throwIfAny();
    return new ConnectionGrantParams(access, allow, ask, resources, true, additionalBodyProperties());
  }

  /**
   * The same grant, removing any repository or folder limit (sends {@code "resources": null}).
   *
   * @return a copy that clears the limit
   */
  public ConnectionGrantParams withoutResources() {
    return new ConnectionGrantParams(access, allow, ask, null, true, additionalBodyProperties());
  }

  /**
   * The same grant with a body property the SDK does not model (see {@link BodyParams}).
   *
   * @param name the JSON field name
   * @param value any value Jackson writes as JSON; strings in it are masked as credentials
   * @return a copy that also sends the property
   */
  public ConnectionGrantParams withAdditionalBodyProperty(String name, @Nullable Object value) {
    Map<String, @Nullable Object> properties = new LinkedHashMap<>(additionalBodyProperties());
    properties.put(Objects.requireNonNull(name, "name"), value);
    return new ConnectionGrantParams(access, allow, ask, resources, resourcesSet, properties);
  }

  /**
   * Full or custom.
   *
   * @return the access level
   */
  public GrantAccess access() {
    return access;
  }

  /**
   * The tools usable without asking; empty for full access.
   *
   * @return an unmodifiable list
   */
  public List<String> allow() {
    return allow;
  }

  /**
   * The tools that need an approval first; empty for full access.
   *
   * @return an unmodifiable list
   */
  public List<String> ask() {
    return ask;
  }

  /**
   * The repository or folder limit to set; {@code null} with {@link #resourcesSet()} removes it.
   *
   * @return the limit, or {@code null}
   */
  public @Nullable ResourceSelection resources() {
    return resources;
  }

  /**
   * Whether {@code resources} is sent (possibly as null); when not, the server keeps the
   * current limit.
   *
   * @return whether the limit is sent
   */
  public boolean resourcesSet() {
    return resourcesSet;
  }

  @Override
  public String toString() {
    return "ConnectionGrantParams{access="
        + access
        + (GrantAccess.CUSTOM.equals(access) ? ", allow=" + allow + ", ask=" + ask : "")
        + ", resources="
        + (resourcesSet ? resources : "<unchanged>")
        + "}";
  }
}
