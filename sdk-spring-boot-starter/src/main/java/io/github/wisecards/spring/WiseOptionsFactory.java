package io.github.wisecards.spring;

import io.github.wisecards.core.ClientOptions;
import io.github.wisecards.core.Environment;
import io.github.wisecards.core.TokenProvider;
import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.tokens.UserGrant;
import io.github.wisecards.core.tokens.UserTokenStore;
import io.github.wisecards.core.tokens.UserTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link WiseProperties} into {@link ClientOptions}, collecting every problem first and
 * failing once with a {@link ValidationException} that names each property and its rule (never a
 * value: some are secrets).
 */
final class WiseOptionsFactory {
    private static final Logger LOG = LoggerFactory.getLogger(WiseOptionsFactory.class);
    static final String SUBJECT = "wise.* configuration";
    /** The SDK's own defaults, for a retry bound the properties leave unset. */
    private static final ClientOptions SDK_DEFAULTS =
            ClientOptions.builder().accessToken("unused").build();

    private WiseOptionsFactory() {}

    /**
     * Builds the options.
     *
     * @param p the properties
     * @param tokenProviderBean the application's {@code TokenProvider} bean, or null
     * @param userTokenStore the application's {@code UserTokenStore} bean, or null for in memory
     * @param customizers applied in order after the properties
     */
    static ClientOptions build(
            WiseProperties p,
            TokenProvider tokenProviderBean,
            UserTokenStore userTokenStore,
            Stream<WiseClientOptionsCustomizer> customizers) {
        List<FieldViolation> violations = new ArrayList<>();
        Environment environment = environment(p, violations);
        TokenProvider tokens = tokenProvider(p.getAuth(), tokenProviderBean, userTokenStore, violations);
        checkTimeouts(p.getTimeouts(), violations);
        checkRetries(p.getRetries(), violations);
        checkApp(p.getApp(), violations);
        for (Map.Entry<String, String> h : p.getDefaultHeaders().entrySet()) {
            try {
                ClientOptions.builder().putDefaultHeader(h.getKey(), h.getValue());
            } catch (RuntimeException e) {
                violations.add(FieldViolation.of(
                        "wise.default-headers." + h.getKey(), "must be a valid HTTP header name and value"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(SUBJECT, violations);
        }
        ClientOptions.OptionsBuilder b =
                ClientOptions.builder().environment(environment).tokenProvider(tokens);
        WiseProperties.Timeouts t = p.getTimeouts();
        if (t.getConnect() != null) {
            b.connectTimeout(t.getConnect());
        }
        if (t.getRead() != null) {
            b.readTimeout(t.getRead());
        }
        if (t.getWrite() != null) {
            b.writeTimeout(t.getWrite());
        }
        if (t.getCall() != null) {
            b.callTimeout(t.getCall());
        }
        WiseProperties.Retries r = p.getRetries();
        if (r.getMaxRetries() != null) {
            b.maxRetries(r.getMaxRetries());
        }
        if (r.getBaseDelay() != null || r.getMaxDelay() != null) {
            b.retryBackoff(baseDelay(r), maxDelay(r));
        }
        if (r.getMaxRetryAfter() != null) {
            b.maxRetryAfter(r.getMaxRetryAfter());
        }
        if (blankToNull(p.getApp().getName()) != null) {
            b.appInfo(blankToNull(p.getApp().getName()), blankToNull(p.getApp().getVersion()));
        }
        p.getDefaultHeaders().forEach(b::putDefaultHeader);
        customizers.forEach(c -> c.customize(b));
        return b.build();
    }

    private static Environment environment(WiseProperties p, List<FieldViolation> violations) {
        String api = blankToNull(p.getApiBaseUrl());
        String cardData = blankToNull(p.getCardDataBaseUrl());
        WiseProperties.EnvironmentName name = p.getEnvironment();
        Environment base;
        if (name == null) {
            violations.add(FieldViolation.of("wise.environment", "must be sandbox, production or custom"));
            return Environment.SANDBOX;
        }
        switch (name) {
            case PRODUCTION:
                base = Environment.PRODUCTION;
                break;
            case CUSTOM:
                if (api == null) {
                    violations.add(FieldViolation.of("wise.api-base-url", "must be set when wise.environment=custom"));
                }
                if (cardData == null) {
                    violations.add(
                            FieldViolation.of("wise.card-data-base-url", "must be set when wise.environment=custom"));
                }
                base = Environment.SANDBOX;
                break;
            case SANDBOX:
            default:
                base = Environment.SANDBOX;
        }
        Environment env = base;
        if (api != null) {
            try {
                env = env.withApiBaseUrl(api);
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of("wise.api-base-url", "must be an absolute http or https URL"));
            }
        }
        if (cardData != null) {
            try {
                env = env.withCardDataBaseUrl(cardData);
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of("wise.card-data-base-url", "must be an absolute http or https URL"));
            }
        }
        if (name == WiseProperties.EnvironmentName.CUSTOM && api != null && cardData != null) {
            try {
                env = Environment.custom(api, cardData);
            } catch (IllegalArgumentException e) {
                // Already reported above for the URL that is malformed.
            }
        }
        return env;
    }

    private static TokenProvider tokenProvider(
            WiseProperties.Auth a, TokenProvider bean, UserTokenStore store, List<FieldViolation> violations) {
        String accessToken = blankToNull(a.getAccessToken());
        String clientId = blankToNull(a.getClientId());
        String clientSecret = blankToNull(a.getClientSecret());
        String refreshToken = blankToNull(a.getRefreshToken());
        if (bean != null) {
            if (accessToken != null || clientId != null || clientSecret != null || refreshToken != null) {
                LOG.warn("A TokenProvider bean is defined: the wise.auth.* credentials are ignored");
            }
            return bean;
        }
        if (accessToken != null) {
            if (clientId != null || clientSecret != null || refreshToken != null) {
                violations.add(
                        FieldViolation.of(
                                "wise.auth.access-token",
                                "set either wise.auth.access-token or the OAuth properties"
                                        + " (wise.auth.client-id, wise.auth.client-secret, wise.auth.refresh-token), not both"));
                return null;
            }
            return TokenProvider.staticToken(accessToken);
        }
        if (clientId == null && clientSecret == null && refreshToken == null) {
            violations.add(FieldViolation.of(
                    "wise.auth",
                    "no credentials: set wise.auth.access-token, or wise.auth.client-id and wise.auth.client-secret"
                            + " (with wise.auth.refresh-token for a user token), or define a TokenProvider bean"));
            return null;
        }
        if (clientId == null) {
            violations.add(FieldViolation.of("wise.auth.client-id", "must be set with wise.auth.client-secret"));
        }
        if (clientSecret == null) {
            violations.add(FieldViolation.of("wise.auth.client-secret", "must be set with wise.auth.client-id"));
        }
        Duration ahead = a.getRefreshAhead();
        if (ahead == null || ahead.isNegative()) {
            violations.add(FieldViolation.of("wise.auth.refresh-ahead", "must be zero or more"));
        }
        String user = blankToNull(a.getUser());
        if (refreshToken != null && user == null) {
            violations.add(FieldViolation.of("wise.auth.user", "must not be blank"));
        }
        if (clientId == null || clientSecret == null || ahead == null || ahead.isNegative()) {
            return null;
        }
        if (refreshToken == null) {
            return TokenProvider.clientCredentials(clientId, clientSecret);
        }
        if (user == null) {
            return null;
        }
        UserTokens.Builder userTokens = UserTokens.builder(clientId, clientSecret)
                .credentials(u -> u.equals(user) ? Optional.of(UserGrant.refreshToken(refreshToken)) : Optional.empty())
                .defaultUser(user)
                .refreshAhead(ahead);
        if (store != null) {
            userTokens.store(store);
        }
        return userTokens.build();
    }

    private static void checkTimeouts(WiseProperties.Timeouts t, List<FieldViolation> violations) {
        positive(t.getConnect(), "wise.timeouts.connect", violations);
        positive(t.getRead(), "wise.timeouts.read", violations);
        positive(t.getWrite(), "wise.timeouts.write", violations);
        positive(t.getCall(), "wise.timeouts.call", violations);
    }

    private static void checkRetries(WiseProperties.Retries r, List<FieldViolation> violations) {
        if (r.getMaxRetries() != null && r.getMaxRetries() < 0) {
            violations.add(FieldViolation.of("wise.retries.max-retries", "must be 0 or more"));
        }
        positive(r.getBaseDelay(), "wise.retries.base-delay", violations);
        positive(r.getMaxDelay(), "wise.retries.max-delay", violations);
        positive(r.getMaxRetryAfter(), "wise.retries.max-retry-after", violations);
        Duration base = r.getBaseDelay();
        Duration max = r.getMaxDelay();
        // A bound left unset takes the SDK's default, so a lone bound beyond the other's default
        // fails here, naming itself, rather than in ClientOptions.
        boolean comparable = (base == null || isPositive(base)) && (max == null || isPositive(max));
        if (comparable && baseDelay(r).compareTo(maxDelay(r)) > 0) {
            if (max == null) {
                violations.add(FieldViolation.of(
                        "wise.retries.base-delay",
                        "must be at most the default wise.retries.max-delay, " + maxDelay(r)));
            } else if (base == null) {
                violations.add(FieldViolation.of(
                        "wise.retries.max-delay",
                        "must be at least the default wise.retries.base-delay, " + baseDelay(r)));
            } else {
                violations.add(FieldViolation.of("wise.retries.max-delay", "must be at least wise.retries.base-delay"));
            }
        }
    }

    private static Duration baseDelay(WiseProperties.Retries r) {
        return r.getBaseDelay() != null ? r.getBaseDelay() : SDK_DEFAULTS.retryBaseDelay();
    }

    private static Duration maxDelay(WiseProperties.Retries r) {
        return r.getMaxDelay() != null ? r.getMaxDelay() : SDK_DEFAULTS.retryMaxDelay();
    }

    private static boolean isPositive(Duration d) {
        return d != null && !d.isZero() && !d.isNegative();
    }

    private static void checkApp(WiseProperties.App app, List<FieldViolation> violations) {
        String name = blankToNull(app.getName());
        String version = blankToNull(app.getVersion());
        if (name == null && version != null) {
            violations.add(FieldViolation.of("wise.app.name", "must be set when wise.app.version is set"));
        } else if (name != null && version == null) {
            violations.add(FieldViolation.of("wise.app.version", "must be set when wise.app.name is set"));
        } else if (name != null) {
            try {
                ClientOptions.builder().appInfo(name, version);
            } catch (RuntimeException e) {
                violations.add(FieldViolation.of("wise.app", "name and version must be User-Agent tokens"));
            }
        }
    }

    static void positive(Duration d, String property, List<FieldViolation> violations) {
        if (d != null && !isPositive(d)) {
            violations.add(FieldViolation.of(property, "must be positive"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
