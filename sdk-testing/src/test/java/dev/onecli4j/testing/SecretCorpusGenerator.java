package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the inputs of the secret corpus, the same for the same seed: hand-picked edges of
 * every rule (Unicode spaces, IDN and punycode, special-use names, IP literals, ports, wildcard
 * forms, JavaScript and Java regex features, 1Password forms, every type and injection kind,
 * lengths at the limits, nulls and wrong JSON types) and random combinations of field values.
 */
final class SecretCorpusGenerator {
  /** The seed of the committed main corpus. */
  static final long MAIN_SEED = 15;
  /** The seed of the committed independent corpus. */
  static final long INDEPENDENT_SEED = 20_150_615;

  /** A field left out of the body. */
  private static final JsonNode ABSENT = null;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Unicode characters JavaScript's trim removes (the first three are what Java's trim removes too). */
  static final Map<String, String> JS_SPACES = new LinkedHashMap<>();
  /** Characters either trim keeps or only Java's removes. */
  static final Map<String, String> NOT_JS_SPACES = new LinkedHashMap<>();

  static {
    JS_SPACES.put("space", " ");
    JS_SPACES.put("tab", "\t");
    JS_SPACES.put("lf", "\n");
    JS_SPACES.put("vt", "\u000B");
    JS_SPACES.put("ff", "\f");
    JS_SPACES.put("cr", "\r");
    JS_SPACES.put("nbsp", "\u00A0");
    JS_SPACES.put("ogham", "\u1680");
    JS_SPACES.put("en-quad", "\u2000");
    JS_SPACES.put("em-space", "\u2003");
    JS_SPACES.put("hair-space", "\u200A");
    JS_SPACES.put("line-separator", "\u2028");
    JS_SPACES.put("paragraph-separator", "\u2029");
    JS_SPACES.put("narrow-nbsp", "\u202F");
    JS_SPACES.put("math-space", "\u205F");
    JS_SPACES.put("ideographic-space", "\u3000");
    JS_SPACES.put("bom", "\uFEFF");
    NOT_JS_SPACES.put("nel", "\u0085");
    NOT_JS_SPACES.put("mongolian-vowel-separator", "\u180E");
    NOT_JS_SPACES.put("zwsp", "\u200B");
    NOT_JS_SPACES.put("soh", "\u0001");
    NOT_JS_SPACES.put("us", "\u001F");
    NOT_JS_SPACES.put("del", "\u007F");
  }

  /** Host patterns: plain, IDN, punycode, special-use, IP literals, ports, underscores, dots, wildcards. */
  static final String[] HOSTS = {
    "api.example.com", "API.Example.COM", "localhost", "localhost:8080", "api.example.com:443", "example.com.",
    "bücher.de", "xn--bcher-kva.de", "*.bücher.de", "*.xn--bcher-kva.de", "例え.jp", "*.例え.jp", "*.xn--r8jz45g.jp",
    "*.example.com", "*.Example.COM", "*.example.co.uk", "*.co.uk", "*.com", "*.COM", "*.com.", "*.com..", "*..com",
    "*.s3.amazonaws.com", "*.bucket.s3.amazonaws.com", "*.github.io", "*.user.github.io", "*.ck", "*.www.ck",
    "*.foo.ck", "*.kawasaki.jp", "*.city.kawasaki.jp", "*.internal", "*.svc.internal", "*.local", "*.printer.local",
    "*.localhost", "*.app.localhost", "*.test", "*.example", "*.invalid", "*.onion", "*.home.arpa", "*.arpa",
    "*.lan", "*.corp", "foo.internal", "host.local", "127.0.0.1", "*.1.2.3.4", "*.127.0.0.1", "*.10.0.0",
    "*.256.1.1.1", "*.1.2.3", "10.0.0.*", "192.168.*.1", "[::1]", "::1", "[2001:db8::1]:443", "*.[::1]",
    "*.example.com:8443", "*.example.com:", "_dmarc.example.com", "*._tcp.example.com", "*.my_host.example.com",
    "my_host.example.com", "*.-foo.com", "*.foo-.com", "*.a--b.com", "*.xn--", "*.0", "*.123", "*", "*.", "**.example.com",
    "*example.com", "a.*.com", "*.*.example.com", "api.*", "*.example.*", "https://api.example.com",
    "http://api.example.com", "ftp://x", "//api.example.com", "api.example.com/v1", "api.example.com?x=1",
    "api.example.com#x", "api example.com", "api\u00A0example.com", "api\texample.com", "api\u3000example.com",
    " api.example.com ", "\u00A0api.example.com\u00A0", "\u3000*.com\u3000", "\u2028*.co.uk", "*.com\uFEFF",
    "\u0085api.example.com", "api.example.com\u200B", "\u0001api.example.com", "user@example.com",
    "*.user@example.com", "*.e\u0301xample.com", "*.xn--80ak6aa92e.com", "xn--80ak6aa92e.com", "*.рф",
    "*.xn--p1ai", "*.a.b.c.d.e.f.example.com", "*.%41.com", "*.ex%61mple.com", "*.example.com/",
    "*.exa mple.com", "*.example.com ", "@", "%", "\\", "a\\b.com", "*.\u212Aelvin.com", "*.\u017Fample.com"
  };

  /** Path regexes: what JavaScript and java.util.regex read differently, and plain ones. */
  static final String[] REGEXES = {
    "^/bot([^/]+)", "^/v1/(.*)$", "(?i)abc", "(?i:abc)", "(?-i:a)", "a++", "a*+", "a?+", "(?>a)", "a{,3}", "{", "}",
    "a{", "a{1", "a{1,", "a{2,1}", "a{1}{2}", "x{99999999999}", "(?<n>a)\\k<n>", "(?P<n>a)", "(?'n'a)",
    "(?<=a)b", "(?<!a)b", "(?<=a)*", "(?=a)*", "(?!a){2}", "\\b+", "^*", "$?", "\\u{41}", "\\u{41}{2}", "\\p{L}",
    "\\P{L}", "[\\d-z]", "[a-\\d]", "[z-a]", "[\\s-\\S]", "\\1", "(a)\\2", "(a)\\1", "\\8", "\\k<x>", "\\k",
    "(?<a>x)\\k", "(?<a>x)\\k<b>", "\\k<a>(?<a>x)", "(?<a>x)(?<a>y)", "(?<a>x)|(?<a>y)", "(?<é>x)", "(?<\\u0061>x)",
    "(?<1a>x)", "(?<>x)", "(?<a-b>x)", "[\\k]", "(?<a>x)[\\k]", "\\Qa.b\\E", "\\Z", "\\A", "\\z", "\\G", "\\h", "\\R",
    "\\X", "\\N", "\\e", "\\a", "[[:alpha:]]", "[a&&b]", "[a[b]]", "]", "a]", "[]", "[^]", "[", "[a", "(", ")", "a)",
    "(a", "\\", "a\\", "(?#comment)", "(?", "(?:", "(?:a)", "\\cA", "\\c", "\\c1", "[\\c]", "[\\c1]", "[\\b]",
    "\\x4", "\\x41", "\\u004", "\\u0041", "\\ud83d", "[\\ud83d\\ude00-\\ud83d\\ude01]", "[\ud83d\ude00-\ud83d\ude01]",
    "\\/", "/", "a|", "|", "a||b", "*", "+", "?", "a**", "a*??", "a{2}?", ".*?", "(a|b)+c", "\\d{4}-\\d{2}",
    "^/api/(?<key>[^/]+)/(.*)$", " ^/bot(.+) ", "\u00A0^/x"
  };

  private final Random random;
  private final List<CorpusCase> cases = new ArrayList<>();
  private final Map<String, Integer> ids = new LinkedHashMap<>();

  private SecretCorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The main corpus: every hand-picked edge, then random combinations. */
  static List<CorpusCase> main() {
    SecretCorpusGenerator g = new SecretCorpusGenerator(MAIN_SEED);
    g.edges();
    g.randomCreates(300, "random");
    g.randomUpdates(60, "random-update");
    return g.cases;
  }

  /** Random combinations only, with {@code seed}. */
  static List<CorpusCase> random(long seed, int creates, int updates) {
    SecretCorpusGenerator g = new SecretCorpusGenerator(seed);
    g.randomCreates(creates, "seed" + seed);
    g.randomUpdates(updates, "seed" + seed + "-update");
    return g.cases;
  }

  // ---- bodies ---------------------------------------------------------------------------

  static ObjectNode generic() {
    ObjectNode o = F.objectNode();
    o.put("name", "Corpus generic").put("type", "generic").put("value", "tok_live_0123456789");
    o.put("hostPattern", "api.example.com");
    o.putObject("injectionConfig").put("headerName", "Authorization").put("valueFormat", "Bearer {value}");
    return o;
  }

  static ObjectNode anthropic() {
    ObjectNode o = F.objectNode();
    o.put("name", "Corpus anthropic").put("type", "anthropic");
    o.put("value", "sk-ant-api03-" + "a".repeat(40)).put("hostPattern", "api.anthropic.com");
    return o;
  }

  static ObjectNode openai() {
    ObjectNode o = F.objectNode();
    o.put("name", "Corpus openai").put("type", "openai");
    o.put("value", "sk-proj-" + "b".repeat(40)).put("hostPattern", "api.openai.com");
    return o;
  }

  /** A generic body whose value goes into the path with {@code injection}. */
  static ObjectNode pathGeneric(JsonNode injection) {
    ObjectNode o = generic();
    o.set("injectionConfig", injection);
    return o;
  }

  static ObjectNode header(String name) {
    return F.objectNode().put("headerName", name);
  }

  static ObjectNode param(String name) {
    return F.objectNode().put("paramName", name);
  }

  static ObjectNode template(String template) {
    return F.objectNode().put("pathTemplate", template);
  }

  static ObjectNode regex(String regex, String replacement) {
    return F.objectNode().put("pathRegex", regex).put("pathReplacement", replacement);
  }

  static ObjectNode opDisplay() {
    return F.objectNode().put("vault", "Private").put("item", "Stripe").put("field", "credential");
  }

  /** {@code base} with {@code key} set to {@code value}, or removed for {@link #ABSENT}. */
  static ObjectNode with(ObjectNode base, String key, JsonNode value) {
    ObjectNode o = base.deepCopy();
    if (value == ABSENT) {
      o.remove(key);
    } else {
      o.set(key, value);
    }
    return o;
  }

  static ObjectNode with(ObjectNode base, String key, String value) {
    return with(base, key, F.textNode(value));
  }

  static ObjectNode onePassword(ObjectNode base, String ref) {
    ObjectNode o = base.deepCopy();
    o.remove("value");
    o.put("valueSource", "onepassword");
    if (ref != null) {
      o.put("opRef", ref);
    }
    return o;
  }

  // ---- hand-picked edges ----------------------------------------------------------------

  private void edges() {
    wholeBodies();
    names();
    types();
    values();
    pathValues();
    onePasswordForms();
    hostPatterns();
    pathPatterns();
    injections();
    regexes();
    updates();
    organization();
  }

  private void wholeBodies() {
    add(CorpusCase.create("body-generic", generic()));
    add(CorpusCase.create("body-anthropic", anthropic()));
    add(CorpusCase.create("body-openai", openai()));
    add(new CorpusCase("body-not-json", "create", "workspace", null, null, "{not json", 0, null));
    add(CorpusCase.create("body-null", NullNode.getInstance()));
    add(CorpusCase.create("body-array", F.arrayNode().add(generic())));
    add(CorpusCase.create("body-string", F.textNode("secret")));
    add(CorpusCase.create("body-number", F.numberNode(5)));
    add(CorpusCase.create("body-empty", F.objectNode()));
    add(CorpusCase.create("body-unknown-keys-only", F.objectNode().put("foo", 1)));
    add(CorpusCase.create("body-unknown-key-added", with(generic(), "extra", "x")));
    add(CorpusCase.create("body-opDisplay-on-inline", with(generic(), "opDisplay", opDisplay())));
  }

  private void names() {
    ObjectNode g = generic();
    add(CorpusCase.create("name-missing", with(g, "name", ABSENT)));
    add(CorpusCase.create("name-null", with(g, "name", NullNode.getInstance())));
    add(CorpusCase.create("name-number", with(g, "name", F.numberNode(7))));
    add(CorpusCase.create("name-boolean", with(g, "name", F.booleanNode(true))));
    add(CorpusCase.create("name-array", with(g, "name", F.arrayNode().add("n"))));
    add(CorpusCase.create("name-object", with(g, "name", F.objectNode())));
    add(CorpusCase.create("name-empty", with(g, "name", "")));
    add(CorpusCase.create("name-255", with(g, "name", "n".repeat(255))));
    add(CorpusCase.create("name-256", with(g, "name", "n".repeat(256))));
    add(CorpusCase.create("name-255-padded", with(g, "name", "  " + "n".repeat(255) + "\u3000")));
    add(CorpusCase.create("name-emoji-127-and-1", with(g, "name", "\uD83D\uDE00".repeat(127) + "n")));
    add(CorpusCase.create("name-emoji-128", with(g, "name", "\uD83D\uDE00".repeat(128))));
    add(CorpusCase.create("name-cjk", with(g, "name", "秘密の鍵")));
    add(CorpusCase.create("name-lone-surrogate", with(g, "name", "n\uD800")));
    for (Map.Entry<String, String> e : JS_SPACES.entrySet()) {
      add(CorpusCase.create("name-only-" + e.getKey(), with(g, "name", e.getValue().repeat(3))));
      add(CorpusCase.create("name-padded-" + e.getKey(), with(g, "name", e.getValue() + "Stripe" + e.getValue())));
    }
    for (Map.Entry<String, String> e : NOT_JS_SPACES.entrySet()) {
      add(CorpusCase.create("name-only-" + e.getKey(), with(g, "name", e.getValue())));
      add(CorpusCase.create("name-padded-" + e.getKey(), with(g, "name", e.getValue() + "Stripe" + e.getValue())));
    }
  }

  private void types() {
    for (String t : new String[] {"Generic", "GENERIC", " generic", "generic ", "aws", "", "onepassword", "openai\u0000"}) {
      add(CorpusCase.create("type-" + slug(t), with(generic(), "type", t)));
    }
    add(CorpusCase.create("type-missing", with(generic(), "type", ABSENT)));
    add(CorpusCase.create("type-null", with(generic(), "type", NullNode.getInstance())));
    add(CorpusCase.create("type-number", with(generic(), "type", F.numberNode(1))));
    add(CorpusCase.create("type-anthropic-with-header", with(anthropic(), "injectionConfig", header("x-api-key"))));
    add(CorpusCase.create("type-anthropic-with-bad-injection", with(anthropic(), "injectionConfig", F.objectNode())));
    add(CorpusCase.create("type-openai-with-null-injection", with(openai(), "injectionConfig", NullNode.getInstance())));
    add(CorpusCase.create("type-openai-apikey-json",
        with(openai(), "value", "{\"auth_mode\":\"apikey\",\"OPENAI_API_KEY\":\"sk-proj-" + "c".repeat(40) + "\"}")));
    add(CorpusCase.create("type-openai-oauth-json",
        with(openai(), "value", "{\"tokens\":{\"access_token\":\"a\",\"refresh_token\":\"r\",\"account_id\":\"acc\"}}")));
    add(CorpusCase.create("type-anthropic-oauth", with(anthropic(), "value", "sk-ant-oat01-" + "d".repeat(40))));
    add(CorpusCase.create("type-anthropic-short-value", with(anthropic(), "value", "x")));
    add(CorpusCase.create("type-anthropic-odd-host", with(anthropic(), "hostPattern", "*.internal")));
  }

  private void values() {
    ObjectNode g = generic();
    add(CorpusCase.create("value-missing", with(g, "value", ABSENT)));
    add(CorpusCase.create("value-null", with(g, "value", NullNode.getInstance())));
    add(CorpusCase.create("value-number", with(g, "value", F.numberNode(123))));
    add(CorpusCase.create("value-empty", with(g, "value", "")));
    add(CorpusCase.create("value-10000", with(g, "value", "v".repeat(10_000))));
    add(CorpusCase.create("value-10001", with(g, "value", "v".repeat(10_001))));
    add(CorpusCase.create("value-10000-padded", with(g, "value", " " + "v".repeat(10_000) + " ")));
    add(CorpusCase.create("value-multiline", with(g, "value", "line1\nline2")));
    add(CorpusCase.create("value-nul-inside", with(g, "value", "tok\u0000en")));
    for (Map.Entry<String, String> e : JS_SPACES.entrySet()) {
      add(CorpusCase.create("value-only-" + e.getKey(), with(g, "value", e.getValue().repeat(2))));
    }
    for (Map.Entry<String, String> e : NOT_JS_SPACES.entrySet()) {
      add(CorpusCase.create("value-only-" + e.getKey(), with(g, "value", e.getValue())));
    }
    add(CorpusCase.create("value-anthropic-only-nbsp", with(anthropic(), "value", "\u00A0\u00A0")));
    add(CorpusCase.create("value-openai-only-line-separator", with(openai(), "value", "\u2028")));
    add(CorpusCase.create("value-source-inline-explicit", with(g, "valueSource", "inline")));
    add(CorpusCase.create("value-source-inline-without-value", with(with(g, "valueSource", "inline"), "value", ABSENT)));
    add(CorpusCase.create("value-source-empty", with(g, "valueSource", "")));
    add(CorpusCase.create("value-source-1password", with(g, "valueSource", "1password")));
    add(CorpusCase.create("value-source-null", with(g, "valueSource", NullNode.getInstance())));
    add(CorpusCase.create("value-source-number", with(g, "valueSource", F.numberNode(1))));
  }

  private void pathValues() {
    String[] values = {"tok123", "a/b", "a?b", "a#b", "a%20b", "a b", " tok ", "\u00A0tok\u00A0", "\u3000tok", "tok\u2028",
      "a\tb", "tok\t", "a\u00A0b", "a\u3000b", "a\u2028b", "a\u0085b", "a\u007Fb", "a\u009Fb", "a\u00A0", "a\u200Bb",
      "a\u0001b", "a+b", "a:b", "a@b", "a;b", "a\\b", "a&b", "\uD83D\uDE00tok", "a.b", "a..b", "a=b"};
    for (String v : values) {
      add(CorpusCase.create("path-template-value-" + slug(v), with(pathGeneric(template("/bot{value}/x")), "value", v)));
    }
    for (String v : new String[] {"a/b", "a b", "\u00A0tok\u00A0", "a\u0085b", "tok123"}) {
      add(CorpusCase.create("path-regex-value-" + slug(v), with(pathGeneric(regex("^/bot([^/]+)", "/bot{value}")), "value", v)));
      add(CorpusCase.create("header-value-" + slug(v), with(generic(), "value", v)));
      add(CorpusCase.create("param-value-" + slug(v), with(pathGeneric(param("key")), "value", v)));
    }
    add(CorpusCase.create("path-template-value-only-spaces", with(pathGeneric(template("/bot{value}")), "value", "   ")));
    add(CorpusCase.create("path-template-onepassword", onePassword(pathGeneric(template("/bot{value}")), "op://v/i/f")));
    add(CorpusCase.create("path-template-anthropic-bad-value",
        with(with(anthropic(), "injectionConfig", template("/bot{value}")), "value", "a/b")));
  }

  private void onePasswordForms() {
    String[] refs = {"op://vault/item/field", "op://vault/item", "op://vault", "op://", "op://v//i/f", "op:///v/i/f",
      "op://v/i/f/", "op://v/i/section/field", "op://v/i//", "op://v i/it em/fi eld", "OP://v/i/f", "op:/v/i/f",
      "op//v/i/f", " op://v/i/f", "op://v/i/f ", "op://\u00A0/\u00A0/\u00A0", "op://v/i/f?attribute=otp", "",
      "vault/item/field", "op://v/i/\u3000"};
    for (String ref : refs) {
      add(CorpusCase.create("op-ref-" + slug(ref), onePassword(generic(), ref)));
    }
    add(CorpusCase.create("op-ref-missing", onePassword(generic(), null)));
    add(CorpusCase.create("op-ref-null", with(onePassword(generic(), null), "opRef", NullNode.getInstance())));
    add(CorpusCase.create("op-ref-number", with(onePassword(generic(), null), "opRef", F.numberNode(3))));
    add(CorpusCase.create("op-with-value-too", with(onePassword(generic(), "op://v/i/f"), "value", "tok")));
    add(CorpusCase.create("op-with-empty-value", with(onePassword(generic(), "op://v/i/f"), "value", "")));
    add(CorpusCase.create("op-ref-on-inline", with(generic(), "opRef", "op://v/i/f")));
    add(CorpusCase.create("op-ref-bad-on-inline", with(generic(), "opRef", "op://v")));
    add(CorpusCase.create("op-ref-anthropic", onePassword(anthropic(), "op://v/i/f")));
    add(CorpusCase.create("op-ref-openai", onePassword(openai(), "op://v/i/f")));
    add(CorpusCase.create("op-ref-generic-no-injection", with(onePassword(generic(), "op://v/i/f"), "injectionConfig", ABSENT)));
    add(CorpusCase.create("op-display", with(onePassword(generic(), "op://v/i/f"), "opDisplay", opDisplay())));
    add(CorpusCase.create("op-display-extra-key", with(onePassword(generic(), "op://v/i/f"), "opDisplay", opDisplay().put("x", 1))));
    add(CorpusCase.create("op-display-missing-field",
        with(onePassword(generic(), "op://v/i/f"), "opDisplay", F.objectNode().put("vault", "v").put("item", "i"))));
    add(CorpusCase.create("op-display-number-field", with(onePassword(generic(), "op://v/i/f"), "opDisplay", opDisplay().put("vault", 1))));
    add(CorpusCase.create("op-display-null", with(onePassword(generic(), "op://v/i/f"), "opDisplay", NullNode.getInstance())));
    add(CorpusCase.create("op-display-array", with(onePassword(generic(), "op://v/i/f"), "opDisplay", F.arrayNode())));
  }

  private void hostPatterns() {
    for (String host : HOSTS) {
      add(CorpusCase.create("host-" + slug(host), with(generic(), "hostPattern", host)));
    }
    add(CorpusCase.create("host-missing", with(generic(), "hostPattern", ABSENT)));
    add(CorpusCase.create("host-null", with(generic(), "hostPattern", NullNode.getInstance())));
    add(CorpusCase.create("host-number", with(generic(), "hostPattern", F.numberNode(443))));
    add(CorpusCase.create("host-empty", with(generic(), "hostPattern", "")));
    add(CorpusCase.create("host-1000", with(generic(), "hostPattern", "a".repeat(996) + ".com")));
    add(CorpusCase.create("host-1001", with(generic(), "hostPattern", "a".repeat(997) + ".com")));
    add(CorpusCase.create("host-1000-padded", with(generic(), "hostPattern", "\u00A0" + "a".repeat(996) + ".com\u00A0")));
    add(CorpusCase.create("host-wildcard-long-label", with(generic(), "hostPattern", "*." + "x".repeat(64) + ".com")));
    for (Map.Entry<String, String> e : JS_SPACES.entrySet()) {
      add(CorpusCase.create("host-only-" + e.getKey(), with(generic(), "hostPattern", e.getValue())));
      add(CorpusCase.create("host-wildcard-com-padded-" + e.getKey(), with(generic(), "hostPattern", e.getValue() + "*.com" + e.getValue())));
    }
    for (Map.Entry<String, String> e : NOT_JS_SPACES.entrySet()) {
      add(CorpusCase.create("host-padded-" + e.getKey(), with(generic(), "hostPattern", e.getValue() + "api.example.com")));
    }
  }

  private void pathPatterns() {
    for (String p : new String[] {"/v1/*", "", "   ", "/v1/{id}", "*", "/" + "p".repeat(999), "/" + "p".repeat(1000), "\u00A0/v1\u00A0"}) {
      add(CorpusCase.create("path-pattern-" + slug(p), with(generic(), "pathPattern", p)));
    }
    add(CorpusCase.create("path-pattern-null", with(generic(), "pathPattern", NullNode.getInstance())));
    add(CorpusCase.create("path-pattern-number", with(generic(), "pathPattern", F.numberNode(1))));
  }

  private void injections() {
    Map<String, JsonNode> configs = new LinkedHashMap<>();
    configs.put("header", header("X-Api-Key"));
    configs.put("header-format", header("Authorization").put("valueFormat", "Bearer {value}"));
    configs.put("header-format-without-value", header("Authorization").put("valueFormat", "Bearer"));
    configs.put("header-format-empty", header("Authorization").put("valueFormat", ""));
    configs.put("header-format-null", header("Authorization").putNull("valueFormat"));
    configs.put("header-empty", header(""));
    configs.put("header-space", header(" "));
    configs.put("header-nbsp", header("\u00A0"));
    configs.put("header-nel", header("\u0085"));
    configs.put("header-padded", header(" X-Api-Key "));
    configs.put("header-number", F.objectNode().put("headerName", 5));
    configs.put("header-null", F.objectNode().putNull("headerName"));
    configs.put("header-extra-key", header("X").put("foo", 1));
    configs.put("header-and-param", header("X").put("paramName", "key"));
    configs.put("param", param("key"));
    configs.put("param-format", param("key").put("paramFormat", "Bearer {value}"));
    configs.put("param-empty", param(""));
    configs.put("param-ideographic-space", param("\u3000"));
    configs.put("param-format-number", param("key").put("paramFormat", 1));
    configs.put("template", template("/bot{value}"));
    configs.put("template-end", template("/v1/{value}"));
    configs.put("template-no-slash", template("bot{value}"));
    configs.put("template-no-value", template("/bot"));
    configs.put("template-two-values", template("/{value}/{value}"));
    configs.put("template-empty", template(""));
    configs.put("template-space-first", template(" /bot{value}"));
    configs.put("template-braces", template("/{VALUE}"));
    configs.put("template-extra-key", template("/bot{value}").put("pathRegex", "x"));
    configs.put("regex", regex("^/bot([^/]+)", "/bot{value}"));
    configs.put("regex-empty", regex("", "/{value}"));
    configs.put("regex-replacement-empty", regex("^/x", ""));
    configs.put("regex-replacement-without-value", regex("^/x", "/y"));
    configs.put("regex-both-bad", regex("(", "/y"));
    configs.put("regex-missing-replacement", F.objectNode().put("pathRegex", "^/x"));
    configs.put("regex-number", F.objectNode().put("pathRegex", 1).put("pathReplacement", "/{value}"));
    configs.put("empty-object", F.objectNode());
    configs.put("null", NullNode.getInstance());
    configs.put("array", F.arrayNode().add(header("X")));
    configs.put("string", F.textNode("X-Api-Key"));
    configs.put("number", F.numberNode(1));
    configs.put("unknown-only", F.objectNode().put("cookieName", "sid"));
    for (Map.Entry<String, JsonNode> e : configs.entrySet()) {
      add(CorpusCase.create("injection-" + e.getKey(), with(with(generic(), "value", "tok123"), "injectionConfig", e.getValue())));
    }
    add(CorpusCase.create("injection-missing-generic", with(generic(), "injectionConfig", ABSENT)));
  }

  private void regexes() {
    for (String r : REGEXES) {
      add(CorpusCase.create("regex-" + slug(r), with(pathGeneric(regex(r, "/{value}")), "value", "tok123")));
    }
  }

  private void updates() {
    String[] types = {"generic", "anthropic"};
    for (String stored : types) {
      String p = "update-" + stored + "-";
      add(CorpusCase.update(p + "empty", stored, F.objectNode()));
      add(CorpusCase.update(p + "unknown-only", stored, F.objectNode().put("foo", 1)));
      add(CorpusCase.update(p + "name", stored, F.objectNode().put("name", "Renamed")));
      add(CorpusCase.update(p + "name-empty", stored, F.objectNode().put("name", "")));
      add(CorpusCase.update(p + "name-nbsp", stored, F.objectNode().put("name", "\u00A0")));
      add(CorpusCase.update(p + "name-nel", stored, F.objectNode().put("name", "\u0085")));
      add(CorpusCase.update(p + "name-null", stored, F.objectNode().putNull("name")));
      add(CorpusCase.update(p + "value", stored, F.objectNode().put("value", "new-token-value-123")));
      add(CorpusCase.update(p + "value-empty", stored, F.objectNode().put("value", "")));
      add(CorpusCase.update(p + "value-spaces", stored, F.objectNode().put("value", "   ")));
      add(CorpusCase.update(p + "value-ideographic-space", stored, F.objectNode().put("value", "\u3000")));
      add(CorpusCase.update(p + "value-nel", stored, F.objectNode().put("value", "\u0085")));
      add(CorpusCase.update(p + "value-null", stored, F.objectNode().putNull("value")));
      add(CorpusCase.update(p + "source-inline", stored, F.objectNode().put("valueSource", "inline")));
      add(CorpusCase.update(p + "source-inline-value", stored, F.objectNode().put("valueSource", "inline").put("value", "v-123")));
      add(CorpusCase.update(p + "source-onepassword", stored, F.objectNode().put("valueSource", "onepassword")));
      add(CorpusCase.update(p + "source-onepassword-ref", stored, F.objectNode().put("valueSource", "onepassword").put("opRef", "op://v/i/f")));
      add(CorpusCase.update(p + "op-ref-only", stored, F.objectNode().put("opRef", "op://v/i/f")));
      add(CorpusCase.update(p + "op-ref-bad-only", stored, F.objectNode().put("opRef", "op://v")));
      add(CorpusCase.update(p + "op-display-only", stored, F.objectNode().set("opDisplay", opDisplay())));
      add(CorpusCase.update(p + "host", stored, F.objectNode().put("hostPattern", "*.example.com")));
      add(CorpusCase.update(p + "host-public-suffix", stored, F.objectNode().put("hostPattern", "\u3000*.co.uk")));
      add(CorpusCase.update(p + "host-internal", stored, F.objectNode().put("hostPattern", "*.svc.internal")));
      add(CorpusCase.update(p + "host-blank", stored, F.objectNode().put("hostPattern", "\u2028")));
      add(CorpusCase.update(p + "host-null", stored, F.objectNode().putNull("hostPattern")));
      add(CorpusCase.update(p + "path-null", stored, F.objectNode().putNull("pathPattern")));
      add(CorpusCase.update(p + "path-empty", stored, F.objectNode().put("pathPattern", "")));
      add(CorpusCase.update(p + "injection-null", stored, F.objectNode().putNull("injectionConfig")));
      add(CorpusCase.update(p + "injection-header", stored, F.objectNode().set("injectionConfig", header("X-Key"))));
      add(CorpusCase.update(p + "injection-bad", stored, F.objectNode().set("injectionConfig", header(""))));
      add(CorpusCase.update(p + "injection-template-unsafe-value", stored,
          F.objectNode().put("value", "a/b").set("injectionConfig", template("/bot{value}"))));
      add(CorpusCase.update(p + "injection-template-safe-value", stored,
          F.objectNode().put("value", "\u00A0ab\u00A0").set("injectionConfig", template("/bot{value}"))));
      add(CorpusCase.update(p + "injection-template-no-value", stored, F.objectNode().set("injectionConfig", template("/bot{value}"))));
      add(CorpusCase.update(p + "injection-template-onepassword", stored,
          F.objectNode().put("valueSource", "onepassword").put("opRef", "op://v/i/f").put("value", "a b")
              .set("injectionConfig", template("/bot{value}"))));
      add(CorpusCase.update(p + "injection-regex-java-only", stored, F.objectNode().set("injectionConfig", regex("(?i)x", "/{value}"))));
      add(CorpusCase.update(p + "injection-regex-js-only", stored, F.objectNode().set("injectionConfig", regex("a{,3}", "/{value}"))));
      add(CorpusCase.update(p + "body-array", stored, F.arrayNode()));
    }
  }

  private void organization() {
    List<CorpusCase> org = new ArrayList<>();
    org.add(CorpusCase.create("org-generic", generic()));
    org.add(CorpusCase.create("org-anthropic", anthropic()));
    org.add(CorpusCase.create("org-onepassword", onePassword(generic(), "op://v/i/f")));
    org.add(CorpusCase.create("org-onepassword-anthropic", onePassword(anthropic(), "op://v/i/f")));
    org.add(CorpusCase.create("org-onepassword-no-ref", onePassword(generic(), null)));
    org.add(CorpusCase.create("org-onepassword-generic-no-injection", with(onePassword(generic(), "op://v/i/f"), "injectionConfig", ABSENT)));
    org.add(CorpusCase.create("org-op-ref-on-inline", with(generic(), "opRef", "op://v/i/f")));
    org.add(CorpusCase.create("org-generic-no-injection", with(generic(), "injectionConfig", ABSENT)));
    org.add(CorpusCase.create("org-name-nbsp", with(generic(), "name", "\u00A0")));
    org.add(CorpusCase.create("org-name-soh", with(generic(), "name", "\u0001")));
    org.add(CorpusCase.create("org-value-ideographic-space", with(generic(), "value", "\u3000")));
    org.add(CorpusCase.create("org-host-local-wildcard", with(generic(), "hostPattern", "*.printer.local")));
    org.add(CorpusCase.create("org-host-public-suffix", with(generic(), "hostPattern", "*.github.io")));
    org.add(CorpusCase.create("org-path-unsafe", with(pathGeneric(template("/bot{value}")), "value", "a b")));
    org.add(CorpusCase.create("org-regex-java-only", with(pathGeneric(regex("a++", "/{value}")), "value", "tok")));
    for (CorpusCase c : org) {
      add(c.inScope("organization"));
    }
    add(new CorpusCase("org-update-onepassword", "update", "organization", "generic",
        F.objectNode().put("valueSource", "onepassword").put("opRef", "op://v/i/f"), null, 0, null));
    add(new CorpusCase("org-update-value-blank", "update", "organization", "generic", F.objectNode().put("value", "\u00A0"), null, 0, null));
    add(new CorpusCase("org-update-name", "update", "organization", "anthropic", F.objectNode().put("name", "Org key"), null, 0, null));
    add(new CorpusCase("org-update-empty", "update", "organization", "anthropic", F.objectNode(), null, 0, null));
  }

  // ---- random combinations --------------------------------------------------------------

  /**
   * Random creates: a valid body of a random type with zero to three fields changed, each to a
   * value drawn from a pool of valid alternatives and broken values, so that both verdicts occur.
   */
  private void randomCreates(int n, String prefix) {
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      ObjectNode o = kind < 6 ? generic() : kind < 8 ? anthropic() : openai();
      int changes = new int[] {0, 1, 1, 1, 2, 2, 3}[random.nextInt(7)];
      for (int k = 0; k < changes; k++) {
        switch (random.nextInt(9)) {
          case 0:
            put(o, "name", pick(randomNames()));
            break;
          case 1:
            put(o, "type", pick(new JsonNode[] {t("generic"), t("anthropic"), t("openai"), t("Generic"), t("aws"), NullNode.getInstance(), ABSENT}));
            break;
          case 2:
            o.remove("value");
            put(o, "valueSource", pick(new JsonNode[] {t("onepassword"), t("onepassword"), t("inline"), t(""), NullNode.getInstance()}));
            put(o, "opRef", pick(new JsonNode[] {t("op://v/i/f"), t("op://v/i/f"), t("op://v//i/f"), t("op://v/i"), t(""), ABSENT}));
            put(o, "value", pick(new JsonNode[] {ABSENT, ABSENT, t("tok_123456"), t("")}));
            break;
          case 3:
            put(o, "value", pick(randomValues()));
            break;
          case 4:
          case 5:
            put(o, "hostPattern", t(HOSTS[random.nextInt(HOSTS.length)]));
            break;
          case 6:
            put(o, "pathPattern", pick(new JsonNode[] {t("/v1/*"), t("/v1/*"), t(""), t(" /x "), NullNode.getInstance(), F.numberNode(1)}));
            break;
          case 7:
            put(o, "opDisplay", pick(new JsonNode[] {opDisplay(), opDisplay(), F.objectNode(), NullNode.getInstance()}));
            break;
          default:
            put(o, "injectionConfig", pick(randomInjections()));
        }
      }
      add(CorpusCase.create(prefix + "-" + i, o));
    }
  }

  private void randomUpdates(int n, String prefix) {
    String[] keys = {"name", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig"};
    for (int i = 0; i < n; i++) {
      ObjectNode o = F.objectNode();
      int fields = random.nextInt(4);
      for (int k = 0; k < fields; k++) {
        String key = keys[random.nextInt(keys.length)];
        JsonNode value =
            switch (key) {
              case "name" -> pick(randomNames());
              case "valueSource" -> pick(new JsonNode[] {t("inline"), t("onepassword"), t("x"), NullNode.getInstance()});
              case "value" -> pick(randomValues());
              case "opRef" -> pick(new JsonNode[] {t("op://v/i/f"), t("op://v"), t(""), NullNode.getInstance()});
              case "opDisplay" -> pick(new JsonNode[] {opDisplay(), F.objectNode(), NullNode.getInstance()});
              case "hostPattern" -> t(HOSTS[random.nextInt(HOSTS.length)]);
              case "pathPattern" -> pick(new JsonNode[] {t("/v2/*"), t(""), NullNode.getInstance(), F.numberNode(2)});
              default -> pick(randomInjections());
            };
        put(o, key, value);
      }
      String stored = random.nextBoolean() ? "generic" : pick(new String[] {"anthropic", "openai"});
      add(CorpusCase.update(prefix + "-" + i, stored, o));
    }
  }

  private JsonNode[] randomNames() {
    return new JsonNode[] {
      t("Stripe"), t("Stripe prod"), t("GitHub token"), t(""), t("   "), t("\u00A0x\u3000"), t("\u2028"), t("n".repeat(255)),
      t("n".repeat(256)), t(" " + "n".repeat(255) + " "), t("\u0001"), t("\u0085x\u0085"), t("\uFEFF"), t("名前"),
      t("\u200Bkey"), NullNode.getInstance(), F.numberNode(7), ABSENT
    };
  }

  private JsonNode[] randomValues() {
    return new JsonNode[] {
      t("tok_123456"), t("tok_123456"), t("tok_123456"), t(""), t("  "), t("\u00A0"), t("a/b"), t("a b"), t("a\tb"),
      t(" tok "), t("\u3000tok\u3000"), t("tok\u0085"), t("tok\u007F"), t("a%b"), t("a#b"), t("a?b"), t("\u00A0tok"),
      t("tok-" + "v".repeat(120)), NullNode.getInstance(), F.numberNode(5), ABSENT, t("\uD83D\uDE00tok"), t("tok\u00A0tok"),
      t("sk-ant-api03-" + "e".repeat(40)), t("tok_abcdef")
    };
  }

  private JsonNode[] randomInjections() {
    List<JsonNode> list = new ArrayList<>();
    list.add(ABSENT);
    list.add(NullNode.getInstance());
    list.add(header("X-Api-Key"));
    list.add(header("X-Api-Key"));
    list.add(param("api_key"));
    list.add(template("/v1/{value}"));
    list.add(regex("^/bot([^/]+)", "/bot{value}"));
    list.add(header("Authorization").put("valueFormat", "Bearer {value}"));
    list.add(header(" "));
    list.add(header(""));
    list.add(param("key"));
    list.add(param("\u00A0"));
    list.add(template("/bot{value}"));
    list.add(template("bot{value}"));
    list.add(template("/{value}/{value}"));
    list.add(header("X").put("paramName", "k"));
    list.add(F.objectNode());
    list.add(F.textNode("X"));
    for (int i = 0; i < 4; i++) {
      list.add(regex(REGEXES[random.nextInt(REGEXES.length)], random.nextInt(8) == 0 ? "/x" : "/{value}"));
    }
    return list.toArray(new JsonNode[0]);
  }

  private static JsonNode t(String s) {
    return F.textNode(s);
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  private static void put(ObjectNode o, String key, JsonNode value) {
    if (value != ABSENT) {
      o.set(key, value);
    }
  }

  // ---- ids ------------------------------------------------------------------------------

  private void add(CorpusCase c) {
    cases.add(new CorpusCase(id(c.id()), c.op(), c.scope(), c.stored(), c.body(), c.rawBody(), 0, null));
  }

  /** {@code id}, or {@code id~2}, {@code id~3}... when it was taken. */
  private String id(String id) {
    int n = ids.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "~" + n;
  }

  /** A readable id part for any string: ASCII letters and digits kept, the rest as code points. */
  static String slug(String s) {
    if (s.isEmpty()) {
      return "empty";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 48; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
        sb.append(c);
      } else if (c == '*') {
        sb.append("STAR");
      } else {
        sb.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return sb.toString();
  }
}
