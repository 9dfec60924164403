package io.github.wisecards.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code wise.*} configuration properties of the Spring Boot starter.
 *
 * <p>Spring binds them from {@code application.properties}, YAML, environment variables ({@code
 * WISE_AUTH_CLIENTSECRET}) or any other property source; the starter validates them when the
 * context starts ({@link WiseAutoConfiguration}) and names the property in every error, never its
 * value. JavaBean accessors (with the {@code get}/{@code set} prefixes the SDK's own models do not
 * use) because that is how Spring Boot binds and documents properties for IDEs.
 */
@ConfigurationProperties(prefix = "wise")
public class WiseProperties {
    /** The Wise environment the clients call: sandbox, production or custom (give both base URLs). */
    private EnvironmentName environment = EnvironmentName.SANDBOX;

    /** Overrides the API host's base URL (card orders, kiosk, OAuth); required when environment is custom. */
    private String apiBaseUrl;

    /** Overrides the card-data host's base URL (PIN preset); required when environment is custom. */
    private String cardDataBaseUrl;

    /** Headers sent on every request, by name. */
    private Map<String, String> defaultHeaders = new LinkedHashMap<>();

    private final Auth auth = new Auth();
    private final Timeouts timeouts = new Timeouts();
    private final Retries retries = new Retries();
    private final App app = new App();
    private final Webhooks webhooks = new Webhooks();
    private final Health health = new Health();

    /** Creates the properties with their defaults. */
    public WiseProperties() {}

    /** The environments {@code wise.environment} names. */
    public enum EnvironmentName {
        /** Wise sandbox (the default). */
        SANDBOX,
        /** Wise production. */
        PRODUCTION,
        /** Your own hosts: {@code wise.api-base-url} and {@code wise.card-data-base-url}. */
        CUSTOM
    }

    /**
     * {@return the environment}
     */
    public EnvironmentName getEnvironment() {
        return environment;
    }

    /**
     * Sets the environment.
     *
     * @param environment sandbox, production or custom
     */
    public void setEnvironment(EnvironmentName environment) {
        this.environment = environment;
    }

    /**
     * {@return the API base URL override, or null}
     */
    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    /**
     * Sets the API base URL override.
     *
     * @param apiBaseUrl an absolute http or https URL
     */
    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    /**
     * {@return the card-data base URL override, or null}
     */
    public String getCardDataBaseUrl() {
        return cardDataBaseUrl;
    }

    /**
     * Sets the card-data base URL override.
     *
     * @param cardDataBaseUrl an absolute http or https URL
     */
    public void setCardDataBaseUrl(String cardDataBaseUrl) {
        this.cardDataBaseUrl = cardDataBaseUrl;
    }

    /**
     * {@return the default headers, by name}
     */
    public Map<String, String> getDefaultHeaders() {
        return defaultHeaders;
    }

    /**
     * Sets the default headers.
     *
     * @param defaultHeaders the headers, by name
     */
    public void setDefaultHeaders(Map<String, String> defaultHeaders) {
        this.defaultHeaders = defaultHeaders;
    }

    /** {@return the authentication properties ({@code wise.auth.*})} */
    public Auth getAuth() {
        return auth;
    }

    /** {@return the timeout properties ({@code wise.timeouts.*})} */
    public Timeouts getTimeouts() {
        return timeouts;
    }

    /** {@return the retry properties ({@code wise.retries.*})} */
    public Retries getRetries() {
        return retries;
    }

    /** {@return your application's identification ({@code wise.app.*})} */
    public App getApp() {
        return app;
    }

    /** {@return the webhook properties ({@code wise.webhooks.*})} */
    public Webhooks getWebhooks() {
        return webhooks;
    }

    /** {@return the health indicator properties ({@code wise.health.*})} */
    public Health getHealth() {
        return health;
    }

    /**
     * How the clients authenticate ({@code wise.auth.*}): exactly one of a static access token, a
     * refreshing user token (client id, client secret and refresh token) or client credentials
     * (client id and client secret), unless the application defines a {@code TokenProvider} bean.
     */
    public static class Auth {
        /** A user access token you manage yourself (static: never refreshed). */
        private String accessToken;

        /** The OAuth client id Wise gave you (refreshing user token or client credentials). */
        private String clientId;

        /** The OAuth client secret. */
        private String clientSecret;

        /** The user's refresh token; with client-id and client-secret, calls use a refreshing user token. */
        private String refreshToken;

        /** The key of the refresh token's user in the SDK's UserTokenStore (a UserTokenStore bean, or in memory). */
        private String user = "default";

        /** How long before expiry a token is refreshed. */
        private Duration refreshAhead = Duration.ofMinutes(5);

        /** Creates the properties with their defaults. */
        public Auth() {}

        /** {@return the static access token, or null} */
        public String getAccessToken() {
            return accessToken;
        }

        /**
         * Sets the static access token.
         *
         * @param accessToken the token
         */
        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        /** {@return the OAuth client id, or null} */
        public String getClientId() {
            return clientId;
        }

        /**
         * Sets the OAuth client id.
         *
         * @param clientId the client id
         */
        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        /** {@return the OAuth client secret, or null} */
        public String getClientSecret() {
            return clientSecret;
        }

        /**
         * Sets the OAuth client secret.
         *
         * @param clientSecret the client secret
         */
        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        /** {@return the user's refresh token, or null} */
        public String getRefreshToken() {
            return refreshToken;
        }

        /**
         * Sets the user's refresh token.
         *
         * @param refreshToken the refresh token
         */
        public void setRefreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
        }

        /** {@return the user key of the refresh token in the token store} */
        public String getUser() {
            return user;
        }

        /**
         * Sets the user key of the refresh token in the token store.
         *
         * @param user the key
         */
        public void setUser(String user) {
            this.user = user;
        }

        /** {@return how long before expiry a token is refreshed} */
        public Duration getRefreshAhead() {
            return refreshAhead;
        }

        /**
         * Sets how long before expiry a token is refreshed.
         *
         * @param refreshAhead zero or more
         */
        public void setRefreshAhead(Duration refreshAhead) {
            this.refreshAhead = refreshAhead;
        }

        @Override
        public String toString() {
            // Never the secrets: only which ones are set.
            return "Auth{accessToken=" + (accessToken != null ? "<set>" : "null") + ", clientId=" + clientId
                    + ", clientSecret=" + (clientSecret != null ? "<set>" : "null") + ", refreshToken="
                    + (refreshToken != null ? "<set>" : "null") + ", user=" + user + "}";
        }
    }

    /** HTTP timeouts ({@code wise.timeouts.*}); unset ones keep the SDK's defaults. */
    public static class Timeouts {
        /** The TCP connect timeout. */
        private Duration connect;

        /** The read timeout (between bytes). */
        private Duration read;

        /** The write timeout (between bytes). */
        private Duration write;

        /** The whole call's timeout, retries included. */
        private Duration call;

        /** Creates the properties with their defaults. */
        public Timeouts() {}

        /** {@return the connect timeout, or null for the SDK's default} */
        public Duration getConnect() {
            return connect;
        }

        /**
         * Sets the connect timeout.
         *
         * @param connect positive
         */
        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        /** {@return the read timeout, or null for the SDK's default} */
        public Duration getRead() {
            return read;
        }

        /**
         * Sets the read timeout.
         *
         * @param read positive
         */
        public void setRead(Duration read) {
            this.read = read;
        }

        /** {@return the write timeout, or null for the SDK's default} */
        public Duration getWrite() {
            return write;
        }

        /**
         * Sets the write timeout.
         *
         * @param write positive
         */
        public void setWrite(Duration write) {
            this.write = write;
        }

        /** {@return the call timeout, or null for the SDK's default} */
        public Duration getCall() {
            return call;
        }

        /**
         * Sets the call timeout.
         *
         * @param call positive
         */
        public void setCall(Duration call) {
            this.call = call;
        }
    }

    /** Retries ({@code wise.retries.*}); unset ones keep the SDK's defaults. */
    public static class Retries {
        /** Retries after the first attempt (0 disables retries). */
        private Integer maxRetries;

        /** The base of the exponential backoff between attempts. */
        private Duration baseDelay;

        /** The cap of the backoff between attempts. */
        private Duration maxDelay;

        /** The longest Retry-After the SDK honours. */
        private Duration maxRetryAfter;

        /** Creates the properties with their defaults. */
        public Retries() {}

        /** {@return the number of retries, or null for the SDK's default} */
        public Integer getMaxRetries() {
            return maxRetries;
        }

        /**
         * Sets the number of retries.
         *
         * @param maxRetries 0 or more
         */
        public void setMaxRetries(Integer maxRetries) {
            this.maxRetries = maxRetries;
        }

        /** {@return the backoff base, or null for the SDK's default} */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /**
         * Sets the backoff base.
         *
         * @param baseDelay positive
         */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** {@return the backoff cap, or null for the SDK's default} */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /**
         * Sets the backoff cap.
         *
         * @param maxDelay positive, at least the base
         */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** {@return the longest Retry-After honoured, or null for the SDK's default} */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets the longest Retry-After honoured.
         *
         * @param maxRetryAfter positive
         */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** Your application's name and version, sent in the User-Agent ({@code wise.app.*}). */
    public static class App {
        /** Your application's name. */
        private String name;

        /** Your application's version (needs wise.app.name). */
        private String version;

        /** Creates the properties with their defaults. */
        public App() {}

        /** {@return the application's name, or null} */
        public String getName() {
            return name;
        }

        /**
         * Sets the application's name.
         *
         * @param name the name
         */
        public void setName(String name) {
            this.name = name;
        }

        /** {@return the application's version, or null} */
        public String getVersion() {
            return version;
        }

        /**
         * Sets the application's version.
         *
         * @param version the version
         */
        public void setVersion(String version) {
            this.version = version;
        }
    }

    /** Receiving webhooks ({@code wise.webhooks.*}). */
    public static class Webhooks {
        /** Whether the starter creates the webhook beans and, in a servlet web app, the endpoint. */
        private boolean enabled = true;

        /** The path of the webhook endpoint (POST). */
        private String path = "/wise/webhooks";

        /** Whose bundled signing key to trust: sandbox or production; default follows wise.environment (custom trusts sandbox). */
        private EnvironmentName environment;

        /** More trusted signing keys, as PEM PUBLIC KEY blocks or certificates (key rotation, a simulator). */
        private List<String> publicKeys = new ArrayList<>();

        private final Inbox inbox = new Inbox();

        /** Creates the properties with their defaults. */
        public Webhooks() {}

        /** {@return whether the webhook beans are created} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the webhook beans are created.
         *
         * @param enabled false to receive no webhooks
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the endpoint's path} */
        public String getPath() {
            return path;
        }

        /**
         * Sets the endpoint's path.
         *
         * @param path starting with {@code /}
         */
        public void setPath(String path) {
            this.path = path;
        }

        /** {@return whose bundled key to trust, or null to follow {@code wise.environment}} */
        public EnvironmentName getEnvironment() {
            return environment;
        }

        /**
         * Sets whose bundled key to trust.
         *
         * @param environment sandbox or production
         */
        public void setEnvironment(EnvironmentName environment) {
            this.environment = environment;
        }

        /** {@return the extra trusted keys, as PEM} */
        public List<String> getPublicKeys() {
            return publicKeys;
        }

        /**
         * Sets the extra trusted keys.
         *
         * @param publicKeys PEM {@code PUBLIC KEY} blocks or certificates
         */
        public void setPublicKeys(List<String> publicKeys) {
            this.publicKeys = publicKeys;
        }

        /** {@return the inbox (deduplication) properties} */
        public Inbox getInbox() {
            return inbox;
        }
    }

    /** The webhook inbox that deduplicates deliveries ({@code wise.webhooks.inbox.*}). */
    public static class Inbox {
        /** Where processed event keys are kept: auto (JDBC when a DataSource bean exists), jdbc or memory. */
        private InboxStore store = InboxStore.AUTO;

        /** Whether the starter creates the JDBC inbox table at startup (CREATE TABLE IF NOT EXISTS; PostgreSQL, MySQL/MariaDB, H2). */
        private boolean initializeSchema;

        /** The JDBC inbox table. */
        private String tableName = "wise_webhook_inbox";

        /** How long a processed event key is kept (Wise redelivers for two weeks). */
        private Duration ttl = Duration.ofDays(15);

        /** How long a claim on an event being processed lasts before another attempt may take it over. */
        private Duration lease = Duration.ofSeconds(60);

        /** Creates the properties with their defaults. */
        public Inbox() {}

        /** {@return where processed keys are kept} */
        public InboxStore getStore() {
            return store;
        }

        /**
         * Sets where processed keys are kept.
         *
         * @param store auto, jdbc or memory
         */
        public void setStore(InboxStore store) {
            this.store = store;
        }

        /** {@return whether the starter creates the inbox table} */
        public boolean isInitializeSchema() {
            return initializeSchema;
        }

        /**
         * Sets whether the starter creates the inbox table.
         *
         * @param initializeSchema true to run the bundled DDL at startup
         */
        public void setInitializeSchema(boolean initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        /** {@return the inbox table's name} */
        public String getTableName() {
            return tableName;
        }

        /**
         * Sets the inbox table's name.
         *
         * @param tableName a plain or schema-qualified SQL identifier
         */
        public void setTableName(String tableName) {
            this.tableName = tableName;
        }

        /** {@return how long a processed key is kept} */
        public Duration getTtl() {
            return ttl;
        }

        /**
         * Sets how long a processed key is kept.
         *
         * @param ttl positive
         */
        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        /** {@return the lease of a claim} */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets the lease of a claim.
         *
         * @param lease positive
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }
    }

    /** The inbox stores {@code wise.webhooks.inbox.store} names. */
    public enum InboxStore {
        /** JDBC when the context has a {@code DataSource} bean, in memory otherwise. */
        AUTO,
        /** {@code JdbcSeenKeyStore} on the context's {@code DataSource} (required). */
        JDBC,
        /** {@code InMemorySeenKeyStore}: one instance only. */
        MEMORY
    }

    /**
     * The actuator health indicator ({@code wise.health.*}; switched off with {@code
     * management.health.wise.enabled=false}).
     */
    public static class Health {
        /** How long each probe (API host connect, authenticated request) may take. */
        private Duration timeout = Duration.ofSeconds(2);

        /** How long a result is reused before Wise is probed again. */
        private Duration cacheTtl = Duration.ofSeconds(30);

        /** Creates the properties with their defaults. */
        public Health() {}

        /** {@return the timeout of each probe} */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the timeout of each probe.
         *
         * @param timeout positive
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /** {@return how long a result is reused} */
        public Duration getCacheTtl() {
            return cacheTtl;
        }

        /**
         * Sets how long a result is reused.
         *
         * @param cacheTtl zero (probe on every request) or more
         */
        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }
}
