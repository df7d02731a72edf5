package dev.onecli4j.generated.runtime;

import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * The date-time form servers write — {@code yyyy-MM-ddTHH:mm:ss(.f{1,9})?(Z|±hh:mm)}, as
 * JavaScript's {@code toISOString()} does — recognized and read by hand, without a {@code
 * DateTimeFormatter}. For the texts it accepts, the result equals what Jackson's standard
 * java.time deserializer gives (with time-zone adjustment off); every other text is left to that
 * deserializer, which therefore decides every error.
 */
public final class IsoDateTimes {
  private IsoDateTimes() {}

  /**
   * Whether {@code text} has exactly that form and denotes a valid date and offset; checks without
   * allocating.
   *
   * @param text the text to read
   * @return whether {@code text} has exactly that form and denotes a valid date and offset
   */
  public static boolean matches(String text) {
    return scan(text, false) != null;
  }

  /**
   * {@code text} as an {@link OffsetDateTime} when {@link #matches} holds; otherwise {@code null},
   * and the caller takes the standard path.
   *
   * @param text the text to read
   * @return {@code text} as an {@link OffsetDateTime} when {@link #matches} holds; otherwise {@code
   *     null}, and the caller takes the standard path
   */
  public static OffsetDateTime parse(String text) {
    return (OffsetDateTime) scan(text, true);
  }

  /**
   * Checks the text and, with {@code build}, makes the value: {@code null} if the text does not
   * match, else the value or {@link Boolean#TRUE}. Reads the string's chars in place: the models
   * keep the string, so checking it rather than the parser's buffer decodes the text once.
   */
  private static Object scan(String t, boolean build) {
    int length = t.length();
    // Shortest: 2025-06-01T12:34:56Z (20); longest: ...56.123456789+05:30 (35).
    if (length < 20 || length > 35) {
      return null;
    }
    // yyyy-MM-ddTHH:mm:ss at fixed places: each digit's value, then one check that all are 0-9.
    int y1 = t.charAt(0) - '0';
    int y2 = t.charAt(1) - '0';
    int y3 = t.charAt(2) - '0';
    int y4 = t.charAt(3) - '0';
    int mo1 = t.charAt(5) - '0';
    int mo2 = t.charAt(6) - '0';
    int d1 = t.charAt(8) - '0';
    int d2 = t.charAt(9) - '0';
    int h1 = t.charAt(11) - '0';
    int h2 = t.charAt(12) - '0';
    int mi1 = t.charAt(14) - '0';
    int mi2 = t.charAt(15) - '0';
    int s1 = t.charAt(17) - '0';
    int s2 = t.charAt(18) - '0';
    int any = y1 | y2 | y3 | y4 | mo1 | mo2 | d1 | d2 | h1 | h2 | mi1 | mi2 | s1 | s2;
    int nines = (9 - y1) | (9 - y2) | (9 - y3) | (9 - y4) | (9 - mo1) | (9 - mo2) | (9 - d1) | (9 - d2)
        | (9 - h1) | (9 - h2) | (9 - mi1) | (9 - mi2) | (9 - s1) | (9 - s2);
    if ((any | nines) < 0
        || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
    int month = mo1 * 10 + mo2;
    int day = d1 * 10 + d2;
    int hour = h1 * 10 + h2;
    int minute = mi1 * 10 + mi2;
    int second = s1 * 10 + s2;
    // The checks OffsetDateTime.of makes, so that building below cannot fail (e.g. February 30th
    // does not match: the standard path reports it).
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
        || (day > 28 && day > Month.of(month).length(Year.isLeap(year)))) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < length && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        nano = nano * 10 + (t.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nano *= 10;
      }
    }
    int offsetSeconds;
    if (i == length - 1 && t.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == length - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int oh1 = t.charAt(i + 1) - '0';
      int oh2 = t.charAt(i + 2) - '0';
      int om1 = t.charAt(i + 4) - '0';
      int om2 = t.charAt(i + 5) - '0';
      if (((oh1 | oh2 | om1 | om2 | (9 - oh1) | (9 - oh2) | (9 - om1) | (9 - om2))) < 0) {
        return null;
      }
      int hours = oh1 * 10 + oh2;
      int minutes = om1 * 10 + om2;
      if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return null;
      }
      int seconds = hours * 3600 + minutes * 60;
      offsetSeconds = t.charAt(i) == '-' ? -seconds : seconds;
    } else {
      return null;
    }
    if (!build) {
      return Boolean.TRUE;
    }
    ZoneOffset zone = offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds);
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, zone);
  }
}
