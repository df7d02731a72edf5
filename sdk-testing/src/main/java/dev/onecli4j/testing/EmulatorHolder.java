package dev.onecli4j.testing;

/**
 * The emulators of one test class (shared with its nested classes), started on first use.
 * Closed by the extension after the class, or by JUnit when it closes the store.
 */
final class EmulatorHolder implements AutoCloseable {
  private final String ownerId;
  private OneCliEmulator oneCli;
  private UserSecretsEmulator userSecrets;
  private boolean closed;

  EmulatorHolder(String ownerId) {
    this.ownerId = ownerId;
  }

  /** The unique id of the test class whose context owns this holder. */
  String ownerId() {
    return ownerId;
  }

  synchronized OneCliEmulator oneCli() {
    check();
    if (oneCli == null) {
      oneCli = OneCliEmulator.start();
    }
    return oneCli;
  }

  synchronized UserSecretsEmulator userSecrets() {
    check();
    if (userSecrets == null) {
      userSecrets = UserSecretsEmulator.start();
    }
    return userSecrets;
  }

  /** Resets the emulators started so far. */
  synchronized void reset() {
    if (oneCli != null) {
      oneCli.reset();
    }
    if (userSecrets != null) {
      userSecrets.reset();
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (oneCli != null) {
      oneCli.close();
    }
    if (userSecrets != null) {
      userSecrets.close();
    }
  }

  private void check() {
    if (closed) {
      throw new IllegalStateException("the emulators of this test class are closed");
    }
  }
}
