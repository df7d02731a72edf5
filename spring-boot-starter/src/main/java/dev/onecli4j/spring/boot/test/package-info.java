/**
 * Test support: {@link dev.onecli4j.spring.boot.test.AutoConfigureOneCliEmulator} points a Spring
 * test context at the in-process emulators of {@code onecli4j-testing}.
 */
package dev.onecli4j.spring.boot.test;
