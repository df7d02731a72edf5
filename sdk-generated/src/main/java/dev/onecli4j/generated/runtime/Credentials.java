package dev.onecli4j.generated.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What generated models do with credential fields (those the spec marks {@code x-onecli4j-secret}):
 * while a request body is written, each credential value is also handed to a collector, so that the
 * transport can mask exactly the values the caller sent wherever an answer echoes them; and {@link
 * #display} prints other fields without the credentials they may embed (a URL's password, a token).
 */
public final class Credentials {
  /**
   * The Jackson attribute ({@code ObjectWriter.withAttribute}) under which a writer passes a
   * {@code Collection<String>} that receives every credential value written.
   */
  public static final String COLLECTOR = Credentials.class.getName() + ".collector";

  private static final String MASK = "****";
  /** {@code scheme://userinfo@}: the user info of a URL, which may carry a password or a token. */
  private static final Pattern URL_USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^\\s/@?#\"'<>]+)@");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern ONECLI_KEY = Pattern.compile("(?<![A-Za-z0-9])(a?oc)_[A-Za-z0-9_-]{8,}");
  private static final Pattern VENDOR_TOKEN =
      Pattern.compile("(?<![A-Za-z0-9])(sk-ant-|sk-|ghp_|github_pat_)[A-Za-z0-9_-]{8,}");

  private Credentials() {}

  /**
   * {@code String.valueOf(value)} with token-shaped strings ({@code Bearer …}, {@code oc_…},
   * {@code aoc_…}, {@code sk-…}, {@code ghp_…}, {@code github_pat_…}) and the passwords of URLs
   * ({@code http://user:****@host}) masked; for the {@code toString()} of generated models.
   *
   * @param value the value to print
   * @return {@code String.valueOf(value)} with token-shaped strings ({@code Bearer …}, {@code
   *     oc_…}, {@code aoc_…}, {@code sk-…}, {@code ghp_…}, {@code github_pat_…}) and the passwords
   *     of URLs ({@code http://user:****@host}) masked; for the {@code toString()} of generated
   *     models
   */
  public static String display(Object value) {
    return maskTokens(String.valueOf(value));
  }

  /**
   * {@code text} with token-shaped strings and URL passwords masked (see {@link #display}); never
   * throws.
   *
   * @param text the text to mask
   * @return {@code text} with token-shaped strings and URL passwords masked (see {@link #display});
   *     never throws
   */
  public static String maskTokens(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    try {
      // Each pattern runs only where its literal marker occurs: most text costs a few scans.
      String result = text.indexOf("://") >= 0 ? maskUserInfo(text) : text;
      result = containsBearer(result) ? replace(BEARER, result, "$1 " + MASK) : result;
      result = result.contains("oc_") ? replace(ONECLI_KEY, result, "$1_" + MASK) : result;
      return mayHoldVendorToken(result) ? replace(VENDOR_TOKEN, result, "$1" + MASK) : result;
    } catch (RuntimeException e) {
      return MASK;
    }
  }

  /** Keeps a URL's user name and masks its password ({@code user:****@}); a lone user part, often a token, is masked whole. */
  private static String maskUserInfo(String text) {
    Matcher m = URL_USERINFO.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    do {
      String userInfo = m.group(2);
      int colon = userInfo.indexOf(':');
      sb.append(text, last, m.start(2)).append(colon >= 0 ? userInfo.substring(0, colon + 1) + MASK : MASK).append('@');
      last = m.end();
    } while (m.find());
    return sb.append(text, last, text.length()).toString();
  }

  private static boolean containsBearer(String text) {
    String word = "bearer";
    for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == 'b' && regionIsLower(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionIsLower(String text, int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(at + k);
      if (c >= 0x80 || (c | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mayHoldVendorToken(String text) {
    return text.contains("sk-") || text.contains("ghp_") || text.contains("github_pat_");
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(replacement) : text;
  }

  /**
   * Writes a credential value as usual and hands it to the writer's {@link #COLLECTOR}, if any.
   * Used on credential fields ({@code using}) and on the values of credential maps and lists
   * ({@code contentUsing}).
   */
  public static final class Serializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer; Jackson calls this. */
    public Serializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value instanceof CharSequence) {
        String text = value.toString();
        Object collector = provider.getAttribute(COLLECTOR);
        if (collector instanceof Collection) {
          @SuppressWarnings("unchecked")
          Collection<String> sink = (Collection<String>) collector;
          sink.add(text);
        }
        gen.writeString(text);
      } else {
        provider.defaultSerializeValue(value, gen);
      }
    }
  }
}
