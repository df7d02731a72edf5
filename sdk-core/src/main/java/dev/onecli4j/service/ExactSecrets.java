package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.CredentialStatus;
import dev.onecli4j.generated.onecli.model.EffectiveCredential;
import dev.onecli4j.generated.onecli.model.EffectiveCredentials;
import dev.onecli4j.generated.onecli.model.Provenance;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@code agents().grantExactly(agentId, secretIds)} did and found: the secret grants it
 * added and removed, and the agent's effective credentials read afterwards, compared with the
 * secrets asked for.
 *
 * <p>{@link #isExact()} holds when the gateway gives the agent exactly those secrets. Otherwise
 * {@link #missing()}, {@link #imposedByOrganization()} and {@link #unexpected()} say why: a
 * secret that is not given, one that an organization policy rule gives (the workspace cannot
 * take it away; only the organization's policy can), or one granted in the workspace meanwhile.
 * A new LLM key (anthropic or openai) created in the workspace is granted automatically to every
 * agent without a usable LLM key, an agent stripped by this method included; the {@code
 * attachedAgents} of {@code SecretCreated} names them, and calling {@code grantExactly} again
 * removes it. Immutable.
 */
public final class ExactSecrets {
  private final String agentId;
  private final List<String> requested;
  private final List<String> granted;
  private final List<String> revoked;
  private final EffectiveCredentials effective;
  private final List<String> missing = new ArrayList<>();
  private final List<EffectiveCredential> notUsable = new ArrayList<>();
  private final List<EffectiveCredential> imposedByOrganization = new ArrayList<>();
  private final List<EffectiveCredential> unexpected = new ArrayList<>();

  ExactSecrets(
      String agentId, List<String> requested, List<String> granted, List<String> revoked, EffectiveCredentials effective) {
    this.agentId = agentId;
    this.requested = Collections.unmodifiableList(new ArrayList<>(requested));
    this.granted = Collections.unmodifiableList(new ArrayList<>(granted));
    this.revoked = Collections.unmodifiableList(new ArrayList<>(revoked));
    this.effective = effective;
    List<String> present = new ArrayList<>();
    for (EffectiveCredential c : orEmpty(effective.secrets())) {
      present.add(c.id());
      if (requested.contains(c.id())) {
        if (!CredentialStatus.USABLE.equals(c.status())) {
          notUsable.add(c);
        }
      } else if (onlyOrganization(c.provenance())) {
        imposedByOrganization.add(c);
      } else {
        unexpected.add(c);
      }
    }
    for (String id : requested) {
      if (!present.contains(id)) {
        missing.add(id);
      }
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static boolean onlyOrganization(List<Provenance> provenance) {
    if (provenance == null || provenance.isEmpty()) {
      return false;
    }
    for (Provenance p : provenance) {
      if (!ResourceScope.ORGANIZATION.equals(p.scope())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The agent.
   *
   * @return its ID
   */
  public String agentId() {
    return agentId;
  }

  /**
   * The secrets asked for, each once, in the order given.
   *
   * @return an unmodifiable list of secret IDs
   */
  public List<String> requested() {
    return requested;
  }

  /**
   * The secrets this call granted (the others were granted already).
   *
   * @return an unmodifiable list of secret IDs
   */
  public List<String> granted() {
    return granted;
  }

  /**
   * The secret grants this call removed, the LLM keys the server granted automatically included.
   *
   * @return an unmodifiable list of secret IDs
   */
  public List<String> revoked() {
    return revoked;
  }

  /**
   * The agent's effective credentials, read after the changes.
   *
   * @return the server's answer
   */
  public EffectiveCredentials effective() {
    return effective;
  }

  /**
   * Secrets asked for that the gateway does not give the agent (e.g. deleted meanwhile).
   *
   * @return an unmodifiable list of secret IDs
   */
  public List<String> missing() {
    return Collections.unmodifiableList(missing);
  }

  /**
   * Secrets asked for and given, but not usable now (e.g. {@code blocked} by a published
   * organization rule); they count as given for {@link #isExact()}.
   *
   * @return an unmodifiable list
   */
  public List<EffectiveCredential> notUsable() {
    return Collections.unmodifiableList(notUsable);
  }

  /**
   * Other secrets the gateway gives the agent through organization policy rules alone. The
   * workspace cannot remove them; only a change of the organization's policy can.
   *
   * @return an unmodifiable list
   */
  public List<EffectiveCredential> imposedByOrganization() {
    return Collections.unmodifiableList(imposedByOrganization);
  }

  /**
   * Other secrets given through the workspace, granted after this call removed the extra grants
   * (e.g. a new LLM key granted automatically); calling {@code grantExactly} again removes them.
   *
   * @return an unmodifiable list
   */
  public List<EffectiveCredential> unexpected() {
    return Collections.unmodifiableList(unexpected);
  }

  /**
   * Whether the gateway gives the agent exactly the secrets asked for.
   *
   * @return true when nothing is missing and nothing else is given
   */
  public boolean isExact() {
    return missing.isEmpty() && imposedByOrganization.isEmpty() && unexpected.isEmpty();
  }

  @Override
  public String toString() {
    return "ExactSecrets{agentId="
        + agentId
        + ", exact="
        + isExact()
        + ", granted="
        + granted
        + ", revoked="
        + revoked
        + ", missing="
        + missing
        + ", imposedByOrganization="
        + ids(imposedByOrganization)
        + ", unexpected="
        + ids(unexpected)
        + "}";
  }

  private static List<String> ids(List<EffectiveCredential> credentials) {
    List<String> ids = new ArrayList<>(credentials.size());
    for (EffectiveCredential c : credentials) {
      ids.add(c.id());
    }
    return ids;
  }
}
