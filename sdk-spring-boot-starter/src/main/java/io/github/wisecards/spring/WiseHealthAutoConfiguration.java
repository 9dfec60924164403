package io.github.wisecards.spring;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures the {@code wise} health indicator when Spring Boot's health support is present:
 * Boot 3's {@code org.springframework.boot.actuate.health.HealthIndicator} (spring-boot-actuator)
 * or Boot 4's {@code org.springframework.boot.health.contributor.HealthIndicator}
 * (spring-boot-health). UP when the API host accepts a connection and a token is obtainable, each
 * within {@code wise.health.timeout}; the result is reused for {@code wise.health.cache-ttl}.
 * {@code management.health.wise.enabled=false} switches it off; a bean named {@code
 * wiseHealthIndicator} replaces it.
 */
@AutoConfiguration(after = WiseAutoConfiguration.class)
@ConditionalOnBean(CardsClient.class)
@ConditionalOnProperty(prefix = "management.health.wise", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WiseProperties.class)
public class WiseHealthAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public WiseHealthAutoConfiguration() {}

    static WiseHealthCheck check(CardsClient cards, WiseProperties properties) {
        WiseProperties.Health h = properties.getHealth();
        List<FieldViolation> violations = new ArrayList<>();
        if (h.getTimeout() == null) {
            violations.add(FieldViolation.of("wise.health.timeout", "must be positive"));
        }
        WiseOptionsFactory.positive(h.getTimeout(), "wise.health.timeout", violations);
        if (h.getCacheTtl() == null || h.getCacheTtl().isNegative()) {
            violations.add(FieldViolation.of("wise.health.cache-ttl", "must be zero or more"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(WiseOptionsFactory.SUBJECT, violations);
        }
        return new WiseHealthCheck(cards, h.getTimeout(), h.getCacheTtl(), Clock.systemUTC());
    }

    /** The indicator on Spring Boot 4 ({@code spring-boot-health}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "wiseHealthIndicator")
        org.springframework.boot.health.contributor.HealthIndicator wiseHealthIndicator(
                CardsClient cards, WiseProperties properties) {
            WiseHealthCheck check = check(cards, properties);
            return () -> {
                WiseHealthCheck.Result r = check.check();
                return (r.up()
                                ? org.springframework.boot.health.contributor.Health.up()
                                : org.springframework.boot.health.contributor.Health.down())
                        .withDetails(r.details())
                        .build();
            };
        }
    }

    /** The indicator on Spring Boot 3 ({@code spring-boot-actuator}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "wiseHealthIndicator")
        org.springframework.boot.actuate.health.HealthIndicator wiseHealthIndicator(
                CardsClient cards, WiseProperties properties) {
            WiseHealthCheck check = check(cards, properties);
            return () -> {
                WiseHealthCheck.Result r = check.check();
                return (r.up()
                                ? org.springframework.boot.actuate.health.Health.up()
                                : org.springframework.boot.actuate.health.Health.down())
                        .withDetails(r.details())
                        .build();
            };
        }
    }
}
