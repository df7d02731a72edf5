/**
 * Spring Boot auto-configuration of the onecli4j clients: the {@code onecli.*} properties, the
 * {@code OneCli} and {@code UserSecrets} beans, their builder customizers and the health probe.
 */
package dev.onecli4j.spring.boot;
