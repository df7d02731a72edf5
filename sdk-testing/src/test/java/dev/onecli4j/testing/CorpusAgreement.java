package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a local verdict (accepted or refused) agrees with the real server's on a corpus: the
 * inputs both accept or both refuse, the false refusals (refused locally, accepted by the server:
 * the worse kind) and the false acceptances, over the inputs the local side can express.
 */
record CorpusAgreement(int total, int expressible, int agreed, List<CorpusCase> falseRefusals, List<CorpusCase> falseAcceptances) {

  /** Compares {@code local} with the recorded answers of {@code cases}. */
  static CorpusAgreement of(List<CorpusCase> cases, Function<CorpusCase, SdkLocalVerdicts.Verdict> local) {
    int expressible = 0;
    int agreed = 0;
    List<CorpusCase> falseRefusals = new ArrayList<>();
    List<CorpusCase> falseAcceptances = new ArrayList<>();
    for (CorpusCase c : cases) {
      SdkLocalVerdicts.Verdict v = local.apply(c);
      if (v == SdkLocalVerdicts.Verdict.NOT_EXPRESSIBLE) {
        continue;
      }
      expressible++;
      boolean acceptedLocally = v == SdkLocalVerdicts.Verdict.ACCEPTED;
      if (acceptedLocally == c.accepted()) {
        agreed++;
      } else if (c.accepted()) {
        falseRefusals.add(c);
      } else {
        falseAcceptances.add(c);
      }
    }
    return new CorpusAgreement(cases.size(), expressible, agreed, falseRefusals, falseAcceptances);
  }

  /** Agreed inputs out of expressible ones, in percent. */
  double percent() {
    return expressible == 0 ? 0 : 100.0 * agreed / expressible;
  }

  /** A summary with every disagreement, one per line. */
  String describe(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d inputs, %d expressible by the SDK's params, %d agree with the server (%.2f%%), "
        + "%d false refusals, %d false acceptances%n", title, total, expressible, agreed, percent(), falseRefusals.size(), falseAcceptances.size()));
    for (CorpusCase c : falseRefusals) {
      sb.append("  refused locally, accepted by the server: ").append(c.id()).append('\n');
    }
    for (CorpusCase c : falseAcceptances) {
      sb.append("  accepted locally, refused by the server: ").append(c.id()).append(" -> ").append(c.status()).append(' ')
          .append(c.error()).append('\n');
    }
    return sb.toString();
  }
}
