/**
 * In-process emulators of the OneCLI API and the user-secrets API, for trying the SDK and
 * testing code that uses it without a server: {@link dev.onecli4j.testing.OneCliEmulator},
 * {@link dev.onecli4j.testing.UserSecretsEmulator}, their {@link dev.onecli4j.testing.Faults}, and
 * the JUnit 5 extension {@link dev.onecli4j.testing.OneCliEmulatorExtension}.
 */
package dev.onecli4j.testing;
