package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's bridge from the project era: {@code /projects...} is served as {@code
 * /workspaces...}, and {@code X-Project-Id} (or {@code ?_project=}) stands in for {@code
 * X-Workspace-Id} when that header is absent. Every answer to such a request carries {@code
 * Deprecation: true} and a {@code Link} to the API reference.
 */
final class LegacyProjectCompat {
  static final String DEPRECATION_LINK = "<" + OneCliErrors.DOCS_URL + ">; rel=\"deprecation\"";

  final List<String> segments;
  final String workspaceHeader;
  final boolean deprecated;

  private LegacyProjectCompat(List<String> segments, String workspaceHeader, boolean deprecated) {
    this.segments = segments;
    this.workspaceHeader = workspaceHeader;
    this.deprecated = deprecated;
  }

  /** The request as the server's routes see it. */
  static LegacyProjectCompat of(Exchange ex) {
    boolean deprecated = false;
    List<String> segments = ex.segments();
    if (segments != null && !segments.isEmpty() && segments.get(0).equals("projects")) {
      segments = new ArrayList<>(segments);
      segments.set(0, "workspaces");
      deprecated = true;
    }
    String header = nonEmpty(ex.header("X-Workspace-Id"));
    if (header == null) {
      header = nonEmpty(ex.header("X-Project-Id"));
      if (header == null) {
        header = nonEmpty(ex.query("_project"));
      }
      deprecated |= header != null;
    }
    return new LegacyProjectCompat(segments, header, deprecated);
  }

  /** {@code reply} with the deprecation headers when the request used a legacy input. */
  Reply mark(Reply reply) {
    return deprecated ? reply.withHeader("Deprecation", "true").withHeader("Link", DEPRECATION_LINK) : reply;
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
