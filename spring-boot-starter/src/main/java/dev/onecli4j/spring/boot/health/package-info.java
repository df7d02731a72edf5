/** The {@code oneCli} health indicator for Spring Boot 4's {@code spring-boot-health}. */
package dev.onecli4j.spring.boot.health;
