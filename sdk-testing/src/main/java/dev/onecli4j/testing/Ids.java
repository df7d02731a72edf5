package dev.onecli4j.testing;

import java.security.SecureRandom;
import java.util.UUID;

/** Fresh identifiers and credentials in the shapes the real services use. */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  /** A random UUID, as every stored resource gets. */
  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** A workspace API key: {@code oc_} and 64 hex digits. */
  static String apiKey() {
    return "oc_" + hex(32);
  }

  /** An organization API key: {@code oc_org_} and 64 hex digits. */
  static String orgApiKey() {
    return "oc_org_" + hex(32);
  }

  /** A workspace id as the server makes them: 16 lowercase letters. */
  static String workspaceId() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return sb.toString();
  }

  /** The redeeming token of an invitation: 64 hex digits. */
  static String inviteToken() {
    return hex(32);
  }

  /** An agent access token: {@code aoc_} and 64 hex digits. */
  static String agentToken() {
    return "aoc_" + hex(32);
  }

  /** A user-secrets bearer token. */
  static String userToken() {
    return "ust_" + hex(20);
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    StringBuilder sb = new StringBuilder(bytes * 2);
    for (byte x : b) {
      sb.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
    }
    return sb.toString();
  }
}
