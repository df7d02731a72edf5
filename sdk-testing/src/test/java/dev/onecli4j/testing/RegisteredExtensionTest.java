package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.onecli4j.OneCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on a static {@code @RegisterExtension} field, with constructor injection. */
class RegisteredExtensionTest {
  @RegisterExtension static final OneCliEmulatorExtension EMULATORS = new OneCliEmulatorExtension();

  private final OneCliEmulator emulator;

  RegisteredExtensionTest(OneCliEmulator emulator) {
    this.emulator = emulator;
  }

  @Test
  void constructorAndMethodSeeTheSameEmulator(OneCliEmulator same, OneCli client) {
    assertSame(emulator, same);
    assertEquals(0, client.secrets().list().size());
    assertEquals(1, emulator.requestCount());
  }
}
