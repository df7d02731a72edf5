package dev.onecli4j.error;

import dev.onecli4j.internal.text.KnownSecrets;
import dev.onecli4j.internal.text.Redaction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of an error answer into an {@link ErrorBody}: JSON in the shapes of both APIs
 * (flat, envelope, canonical with field errors, FastAPI, RFC 9457 problem details), HTML pages,
 * plain text and empty bodies. It never throws, and redacts everything it returns.
 */
public final class ErrorBodyParser {
  /** The default number of body bytes a caller reads for the parser. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024;
  /** The longest excerpt, in characters. */
  public static final int MAX_EXCERPT_CHARS = 2048;
  /** The longest message, in characters. */
  public static final int MAX_MESSAGE_CHARS = 500;
  /** The longest message taken from a plain-text body, in characters. */
  public static final int MAX_TEXT_MESSAGE_CHARS = 200;

  static final String HTML_PAGE = "HTML error page";
  private static final int MAX_TYPE_CHARS = 200;
  private static final int MAX_LOC_PART_CHARS = 200;
  private static final ErrorBody LAST_RESORT = new ErrorBody(null, "HTTP error", null, "");

  private final int status;
  private final KnownSecrets secrets;

  private ErrorBodyParser(int status, KnownSecrets secrets) {
    this.status = status;
    this.secrets = secrets == null ? KnownSecrets.none() : secrets;
  }

  /**
   * Parses {@code body[0, length)}, a prefix of the body the caller has already read and bounded.
   * Every text in the result has sensitive JSON values, the {@code knownSecrets} (by the rule of
   * {@link KnownSecrets}) and token-shaped strings masked. Never throws; every argument may be null.
   *
   * @param status the HTTP status of the answer
   * @param contentType the answer's {@code Content-Type}, or {@code null}
   * @param body the bytes read of the response body
   * @param length how many chars (or bytes) to read
   * @param knownSecrets credentials sent with the request, masked wherever they appear
   * @return the parsed, masked error body; never {@code null}
   */
  public static ErrorBody parse(
      int status, @Nullable String contentType, byte @Nullable [] body, int length, @Nullable Collection<String> knownSecrets) {
    return parseWith(status, contentType, body, length, KnownSecrets.of(knownSecrets));
  }

  /**
   * {@link #parse(int, String, byte[], int, Collection)} with the credentials the request carried
   * already gathered; the exception made from the result masks them in its whole message too (a
   * secret split across parts and joined there). Used by the SDK's transport.
   *
   * @param status the HTTP status of the answer
   * @param contentType the answer's {@code Content-Type}, or {@code null}
   * @param body the bytes read of the response body
   * @param length how many chars (or bytes) to read
   * @param knownSecrets credentials sent with the request, masked wherever they appear
   * @return {@link #parse(int, String, byte[], int, Collection)} with the credentials the request
   *     carried already gathered; the exception made from the result masks them in its whole
   *     message too (a secret split across parts and joined there)
   */
  public static ErrorBody parseWith(int status, String contentType, byte[] body, int length, KnownSecrets knownSecrets) {
    try {
      ErrorBodyParser parser = new ErrorBodyParser(status, knownSecrets);
      return parser.parse(contentType, decode(contentType, body, length)).maskedBy(parser.secrets);
    } catch (Throwable t) {
      return fallback(status);
    }
  }

  private static ErrorBody fallback(int status) {
    try {
      return new ErrorBody(null, ApiExceptions.reasonPhrase(status), null, "");
    } catch (Throwable t) {
      return LAST_RESORT;
    }
  }

  private ErrorBody parse(String contentType, String raw) {
    // A secret the caller's bound cut in two (inside an escape or a multi-byte character too)
    // leaves no long start behind; then every echo is masked before anything is cut again.
    String text = secrets.scrubTruncated(raw);
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return new ErrorBody(null, ApiExceptions.reasonPhrase(status), null, "");
    }
    String mediaType = mediaType(contentType);
    if (isJson(mediaType) || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      JsonErrorReader.Found found = JsonErrorReader.read(trimmed);
      if (found != null) {
        return fromJson(found, trimmed);
      }
    }
    if (isHtml(mediaType, trimmed)) {
      return fromHtml(trimmed);
    }
    return fromText(trimmed);
  }

  private ErrorBody fromJson(JsonErrorReader.Found found, String text) {
    String message = line(found.message, MAX_MESSAGE_CHARS);
    List<FieldError> fieldErrors = null;
    if (!found.fieldErrors.isEmpty()) {
      fieldErrors = new ArrayList<>(found.fieldErrors.size());
      for (FieldError error : found.fieldErrors) {
        fieldErrors.add(clean(error));
      }
    }
    return new ErrorBody(
        line(found.type, MAX_TYPE_CHARS),
        message == null ? ApiExceptions.reasonPhrase(status) : message,
        fieldErrors,
        excerpt(text));
  }

  private ErrorBody fromHtml(String html) {
    String cleaned = clean(html);
    String title = line(HtmlText.title(cleaned), MAX_MESSAGE_CHARS);
    return new ErrorBody(null, title == null ? HTML_PAGE : title, null, excerpt(HtmlText.visibleText(cleaned)));
  }

  private ErrorBody fromText(String text) {
    String cleaned = clean(text);
    String message = Texts.blankToNull(Texts.cap(Texts.oneLine(firstLine(cleaned)), MAX_TEXT_MESSAGE_CHARS));
    return new ErrorBody(
        null, message == null ? ApiExceptions.reasonPhrase(status) : message, null, excerpt(cleaned));
  }

  private FieldError clean(FieldError error) {
    List<Object> loc = new ArrayList<>(error.loc().size());
    for (Object part : error.loc()) {
      if (part instanceof String) {
        String text = (String) part;
        loc.add(secrets.isWholeValue(text) ? Redaction.MASK : Texts.cap(clean(text), MAX_LOC_PART_CHARS));
      } else {
        loc.add(part);
      }
    }
    String msg = line(error.msg(), MAX_MESSAGE_CHARS);
    return new FieldError(loc, msg == null ? "" : msg, line(error.type(), MAX_TYPE_CHARS));
  }

  /** {@code text} redacted, on one line, bounded; {@code null} when null or blank. */
  private String line(String text, int max) {
    return text == null ? null : Texts.blankToNull(Texts.cap(Texts.oneLine(clean(text)), max));
  }

  private String excerpt(String text) {
    return Texts.cap(clean(text).trim(), MAX_EXCERPT_CHARS);
  }

  private String clean(String text) {
    return Redaction.redactJson(secrets.scrub(text), secrets);
  }

  private static String firstLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end).trim();
      if (!line.isEmpty()) {
        return line;
      }
      start = end + 1;
    }
    return "";
  }

  static String decode(String contentType, byte[] body, int length) {
    if (body == null) {
      return "";
    }
    int n = Math.max(0, Math.min(length, body.length));
    String text = new String(body, 0, n, charset(contentType));
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The {@code charset} parameter of the type, UTF-8 when absent or unknown. */
  private static Charset charset(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    int n = contentType.length();
    for (int start = 0; start <= n; ) {
      int end = contentType.indexOf(';', start);
      if (end < 0) {
        end = n;
      }
      int eq = contentType.indexOf('=', start);
      if (eq >= 0 && eq < end && trimmedEqualsIgnoreCase(contentType, start, eq, "charset")) {
        if (trimmedEqualsIgnoreCase(contentType, eq + 1, end, "utf-8")) {
          return StandardCharsets.UTF_8; // the common case, without cutting the name out
        }
        try {
          return Charset.forName(contentType.substring(eq + 1, end).trim().replace("\"", ""));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
      start = end + 1;
    }
    return StandardCharsets.UTF_8;
  }

  /** Whether {@code text[start, end)}, trimmed, equals {@code word} ignoring case. */
  private static boolean trimmedEqualsIgnoreCase(String text, int start, int end, String word) {
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    int end = semicolon < 0 ? contentType.length() : semicolon;
    if (trimmedEqualsIgnoreCase(contentType, 0, end, "application/json")) {
      return "application/json"; // the common case, without a copy
    }
    return contentType.substring(0, end).trim().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.equals("text/json") || mediaType.endsWith("+json");
  }

  private static boolean isHtml(String mediaType, String text) {
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return true;
    }
    String start = text.substring(0, Math.min(text.length(), 32)).toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"<!doctype html", "<html", "<head", "<body", "<title"}) {
      if (start.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
