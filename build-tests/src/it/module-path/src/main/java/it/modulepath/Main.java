package it.modulepath;

import dev.onecli4j.OneCli;
import dev.onecli4j.testing.OneCliEmulator;

/** Makes a call from the module path; exits non-zero if anything is off. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Module core = OneCli.class.getModule();
    if (!"dev.onecli4j.core".equals(core.getName()) || !Main.class.getModule().isNamed()) {
      throw new IllegalStateException("not on the module path: " + core + ", " + Main.class.getModule());
    }
    try (OneCliEmulator emulator = OneCliEmulator.start()) {
      OneCli client = emulator.client();
      String version = client.utility().health().version();
      System.out.println("module-path: " + core.getName() + " called the emulator, server version " + version);
    }
  }
}
