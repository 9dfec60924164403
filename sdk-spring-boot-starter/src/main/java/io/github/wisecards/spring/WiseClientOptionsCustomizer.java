package io.github.wisecards.spring;

import io.github.wisecards.core.ClientOptions;

/**
 * Customizes the auto-configured {@link ClientOptions} after the {@code wise.*} properties were
 * applied: define one or more beans of this type to add a {@link
 * io.github.wisecards.core.RequestListener} (metrics, tracing), an OkHttp client, a clock or
 * anything else the builder offers. Customizers run in {@link org.springframework.core.Ordered}
 * order.
 *
 * <pre>{@code
 * @Bean
 * WiseClientOptionsCustomizer auditListener(AuditLog log) {
 *     return options -> options.addRequestListener(new AuditingListener(log));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WiseClientOptionsCustomizer {
    /**
     * Customizes the options' builder.
     *
     * @param builder the builder holding the options from the properties
     */
    void customize(ClientOptions.OptionsBuilder builder);
}
