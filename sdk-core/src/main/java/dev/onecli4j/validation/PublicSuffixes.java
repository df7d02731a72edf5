package dev.onecli4j.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's idea of a wildcard that is too broad: {@code *.X} where X is itself a suffix that
 * the public suffix list names, in its ICANN or its private section ({@code com},
 * {@code co.uk}, {@code s3.amazonaws.com}, {@code github.io}, {@code home.arpa}). A name the list
 * does not know ({@code localhost}, {@code internal}, {@code test}, {@code local}), an IPv4
 * address and a malformed name are not too broad. This follows the library the server asks
 * (tldts, with private domains allowed) step by step, including its quirks: upper case is
 * lowered, trailing dots are dropped and leading dots are kept.
 *
 * <p>The list is {@code public-suffixes.txt} beside this class: the ASCII rules of the snapshot
 * the server's tldts bundles, read once, on the first wildcard checked.
 */
final class PublicSuffixes {
  private static final int ICANN = 1;
  private static final int PRIVATE = 2;

  private final Node rules = new Node();
  private final Node exceptions = new Node();

  private PublicSuffixes(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          add(line);
        }
      }
    }
  }

  /** Whether the wildcard pattern {@code *.X} covers a whole public suffix X. */
  static boolean wildcardCoversPublicSuffix(String pattern) {
    if (!pattern.startsWith("*.")) {
      return false;
    }
    String host = pattern.substring(2);
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      boolean hostChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!hostChar) {
        // The server asks this only of patterns that passed its character rule; others are
        // refused by that rule already.
        return false;
      }
    }
    return Holder.LIST.coversWholeSuffix(host);
  }

  private boolean coversWholeSuffix(String raw) {
    int end = raw.length();
    while (end > 1 && raw.charAt(end - 1) == '.') {
      end--;
    }
    String host = raw.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    if (isProbablyIpv4(host) || !isValidHostname(host)) {
      return false;
    }
    int leadingDots = 0;
    while (leadingDots < host.length() && host.charAt(leadingDots) == '.') {
      leadingDots++;
    }
    Match m = walk(host, exceptions);
    String suffix;
    if (m != null) {
      suffix = host.substring(Math.min(m.end + 1, host.length()));
    } else {
      m = walk(host, rules);
      if (m == null) {
        return false; // only the implicit "*" rule: not a listed suffix
      }
      suffix = host.substring(m.start);
    }
    return suffix.length() == host.length() - leadingDots;
  }

  /** The deepest rule matching {@code host} from its right-most label, as tldts walks its trie. */
  private static Match walk(String host, Node root) {
    Node node = root;
    Match match = null;
    int end = host.length();
    for (int i = host.length() - 1; i >= 0; i--) {
      if (host.charAt(i) == '.') {
        Node child = node.child(host.substring(i + 1, end));
        if (child == null) {
          return match;
        }
        node = child;
        if (node.flags != 0) {
          match = new Match(i + 1, end);
        }
        end = i;
      }
    }
    Node child = node.child(host.substring(0, end));
    if (child != null && child.flags != 0) {
      match = new Match(0, end);
    }
    return match;
  }

  private static boolean isProbablyIpv4(String h) {
    if (h.length() < 7 || h.length() > 15 || h.charAt(0) == '.' || h.charAt(h.length() - 1) == '.') {
      return false;
    }
    int dots = 0;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots == 3;
  }

  /** tldts' shallow check: labels of at most 63, no empty inner label, no label starting or ending with '-'. */
  private static boolean isValidHostname(String h) {
    if (h.isEmpty() || h.length() > 255) {
      return false;
    }
    char first = h.charAt(0);
    if (!isLowerAlnum(first) && first != '.' && first != '_') {
      return false;
    }
    int lastDot = -1;
    int last = -1;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '.') {
        if (i - lastDot > 64 || last == '.' || last == '-') {
          return false;
        }
        lastDot = i;
      } else if (!(isLowerAlnum(c) || c == '-' || c == '_') || (c == '-' && last == '.')) {
        return false;
      }
      last = c;
    }
    return h.length() - lastDot - 1 <= 63 && last != '-';
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > 127;
  }

  /** Adds a line {@code FLAGS RULE}: FLAGS is I (ICANN), P (private) or both; RULE may start with '!'. */
  private void add(String line) {
    int space = line.indexOf(' ');
    String flagText = line.substring(0, space);
    String rule = line.substring(space + 1);
    int flags = (flagText.indexOf('I') >= 0 ? ICANN : 0) | (flagText.indexOf('P') >= 0 ? PRIVATE : 0);
    Node node = rule.startsWith("!") ? exceptions : rules;
    String[] labels = (rule.startsWith("!") ? rule.substring(1) : rule).split("\\.", -1);
    for (int i = labels.length - 1; i >= 0; i--) {
      node = node.childOrNew(labels[i]);
    }
    node.flags = flags;
  }

  /** One trie node: a label's children, the {@code *} child, and whether a rule ends here. */
  private static final class Node {
    private Map<String, Node> children;
    private Node wildcard;
    private int flags;

    Node child(String label) {
      Node exact = children == null ? null : children.get(label);
      return exact != null ? exact : wildcard;
    }

    Node childOrNew(String label) {
      if (label.equals("*")) {
        if (wildcard == null) {
          wildcard = new Node();
        }
        return wildcard;
      }
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(label, k -> new Node());
    }
  }

  /** Where the labels of a match start and end in the host. */
  private static final class Match {
    final int start;
    final int end;

    Match(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /** Loads the list on first use. */
  private static final class Holder {
    static final PublicSuffixes LIST = load();

    private static PublicSuffixes load() {
      try (InputStream in = PublicSuffixes.class.getResourceAsStream("public-suffixes.txt")) {
        if (in == null) {
          throw new IllegalStateException("public-suffixes.txt is missing from onecli4j-core");
        }
        return new PublicSuffixes(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
