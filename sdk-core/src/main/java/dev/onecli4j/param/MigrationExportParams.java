package dev.onecli4j.param;

import dev.onecli4j.validation.Problems;
import java.net.URI;

/**
 * Where to export a self-hosted installation: the API key of the receiving cloud account and,
 * optionally, another cloud address. Immutable; the key is masked when printed.
 *
 * <pre>{@code
 * MigrationExportParams.builder()
 *     .cloudApiKey(System.getenv("ONECLI_CLOUD_KEY"))
 *     .build();
 * }</pre>
 */
public final class MigrationExportParams {
  private final SecretValue cloudApiKey;
  private final URI cloudUrl;

  private MigrationExportParams(Builder b) {
    this.cloudApiKey = b.cloudApiKey;
    this.cloudUrl = b.cloudUrl;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.cloudApiKey = cloudApiKey;
    b.cloudUrl = cloudUrl;
    return b;
  }

  /** The API key of the cloud account that receives the data. */
  public SecretValue cloudApiKey() {
    return cloudApiKey;
  }

  /** The cloud API address, or {@code null} for the default one. */
  public URI cloudUrl() {
    return cloudUrl;
  }

  @Override
  public String toString() {
    return "MigrationExportParams{cloudApiKey=" + cloudApiKey + ", cloudUrl=" + cloudUrl + "}";
  }

  /** Builds {@link MigrationExportParams}; {@link #build()} checks the required fields. */
  public static final class Builder {
    private SecretValue cloudApiKey;
    private URI cloudUrl;

    private Builder() {}

    /** Sets the API key of the receiving cloud account (required). */
    public Builder cloudApiKey(String cloudApiKey) {
      this.cloudApiKey = cloudApiKey == null ? null : SecretValue.of(cloudApiKey);
      return this;
    }

    /** Sets the API key of the receiving cloud account (required). */
    public Builder cloudApiKey(SecretValue cloudApiKey) {
      this.cloudApiKey = cloudApiKey;
      return this;
    }

    /** Sets another cloud API address than the default {@code https://api.onecli.sh}. */
    public Builder cloudUrl(URI cloudUrl) {
      this.cloudUrl = cloudUrl;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public MigrationExportParams build() {
      Problems.of("MigrationExportParams")
          .requiredNonEmpty("cloudApiKey", cloudApiKey == null ? null : cloudApiKey.reveal())
          .throwIfAny();
      return new MigrationExportParams(this);
    }
  }
}
