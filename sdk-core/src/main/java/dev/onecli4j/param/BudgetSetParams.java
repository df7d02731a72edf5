package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.BudgetPeriod;
import dev.onecli4j.validation.Problems;

/**
 * A spend cap of one organization on a partner LLM key. Immutable.
 *
 * <pre>{@code
 * BudgetSetParams.builder().limitCents(500).period(BudgetPeriod.MONTHLY).build();
 * }</pre>
 */
public final class BudgetSetParams {
  private final Integer limitCents;
  private final BudgetPeriod period;

  private BudgetSetParams(Builder b) {
    this.limitCents = b.limitCents;
    this.period = b.period;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.limitCents = limitCents;
    b.period = period;
    return b;
  }

  /** The cap in US cents (500 means $5.00). */
  public int limitCents() {
    return limitCents;
  }

  /** The period the cap applies to. */
  public BudgetPeriod period() {
    return period;
  }

  @Override
  public String toString() {
    return "BudgetSetParams{limitCents=" + limitCents + ", period=" + period + "}";
  }

  /** Builds {@link BudgetSetParams}; {@link #build()} checks the required fields. */
  public static final class Builder {
    private Integer limitCents;
    private BudgetPeriod period;

    private Builder() {}

    /** Sets the cap in US cents (required; 1 to 100,000,000). */
    public Builder limitCents(int limitCents) {
      this.limitCents = limitCents;
      return this;
    }

    /** Sets the period the cap applies to (required). */
    public Builder period(BudgetPeriod period) {
      this.period = period;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public BudgetSetParams build() {
      Problems.of("BudgetSetParams")
          .required("limitCents", limitCents)
          .required("period", period)
          .throwIfAny();
      return new BudgetSetParams(this);
    }
  }
}
