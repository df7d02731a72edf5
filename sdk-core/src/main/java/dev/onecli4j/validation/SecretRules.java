package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import java.util.regex.Pattern;

/**
 * The server's rules for creating and updating secrets, checked before anything is sent. Every
 * problem is reported, each under the field it concerns.
 */
final class SecretRules {
  static final int MAX_NAME = 255;
  static final int MAX_VALUE = 10_000;
  static final int MAX_PATH_PATTERN = 1000;
  private static final Pattern OP_REF = Pattern.compile("^op://[^/]+/[^/]+/[^/].*$");

  private SecretRules() {}

  static void check(Problems p, SecretFields f) {
    name(p, f);
    value(p, f);
    if (f.hostPattern != null) {
      HostPatternRules.check(p, "hostPattern", f.hostPattern);
    } else if (f.create) {
      p.add("hostPattern", "is required");
    }
    if (f.pathPattern != null && f.pathPattern.length() > MAX_PATH_PATTERN) {
      p.add("pathPattern", "must be at most " + MAX_PATH_PATTERN + " characters (is " + f.pathPattern.length() + ")");
    }
    if (f.injection != null) {
      InjectionRules.check(p, "injectionConfig", f.injection);
    } else if (f.create && SecretType.GENERIC.equals(f.type)) {
      p.add("injectionConfig", "is required for generic secrets: a header, query parameter or path injection");
    }
    if (f.create && f.type == null) {
      p.add("type", "is required");
    }
    if (!f.create && !anyField(f)) {
      p.add("(body)", "set at least one field to change");
    }
  }

  private static void name(Problems p, SecretFields f) {
    if (f.name == null) {
      p.check(!f.create, "name", "is required");
      return;
    }
    int length = f.name.trim().length();
    p.check(length >= 1 && length <= MAX_NAME, "name", "must be 1 to " + MAX_NAME + " characters after trimming (is " + length + ")");
  }

  private static void value(Problems p, SecretFields f) {
    boolean onePassword = ValueSource.ONEPASSWORD.equals(f.valueSource);
    if (onePassword) {
      p.check(f.value == null, "value", "must not be set when valueSource is onepassword");
      if (f.opRef == null) {
        p.check(!f.create, "opRef", "is required when valueSource is onepassword");
      } else {
        p.check(OP_REF.matcher(f.opRef).matches(), "opRef", "must look like op://vault/item/field");
      }
      return;
    }
    p.check(f.opRef == null || f.valueSource == null && !f.create, "opRef", "is only used with valueSource onepassword");
    if (f.value == null) {
      p.check(!f.create, "value", "is required unless valueSource is onepassword");
      return;
    }
    if (f.value.trim().isEmpty()) {
      p.add("value", "must not be blank");
    } else if (f.value.length() > MAX_VALUE) {
      p.add("value", "must be at most " + MAX_VALUE + " characters (is " + f.value.length() + ")");
    }
    if (InjectionRules.isPathInjection(f.injection)) {
      p.check(isPathSafe(f.value), "value", "must not contain / ? # %, whitespace or control characters with a path injection");
    }
  }

  private static boolean isPathSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '%' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyField(SecretFields f) {
    return f.name != null
        || f.value != null
        || f.valueSource != null
        || f.opRef != null
        || f.hostPattern != null
        || f.pathPatternSet
        || f.injectionSet
        || f.anyOther;
  }
}
