/** The {@code oneCli} health indicator for Spring Boot 3's actuator. */
package dev.onecli4j.spring.boot.actuate;
