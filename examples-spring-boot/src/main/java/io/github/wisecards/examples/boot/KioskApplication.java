package io.github.wisecards.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A partner's kiosk-card backend on Spring Boot. Everything Wise comes from the starter and the
 * {@code wise.*} properties in {@code application.properties}: the clients, the verified webhook
 * endpoint at {@code /wise/webhooks} (its events arrive as Spring events in {@link CardEvents}),
 * and with the actuator the SDK's metrics under {@code /actuator/metrics/wise.*}.
 */
@SpringBootApplication
public class KioskApplication {
    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments, such as {@code --wise.auth.access-token=...}
     */
    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
