package io.github.wisecards.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The Wise hosts a client talks to: the API host, and the card-data host that serves the PIN
 * preset and its encryption key.
 *
 * <p>Use {@link #PRODUCTION} or {@link #SANDBOX}, or {@link #custom(String, String)} for tests,
 * proxies or mTLS gateways (each host can be overridden independently). Immutable.
 */
public final class Environment {
    /** Wise production: {@code https://api.wise.com} and {@code https://twcard.wise.com}. */
    public static final Environment PRODUCTION =
            new Environment("production", "https://api.wise.com", "https://twcard.wise.com", true);

    /**
     * Wise sandbox: {@code https://api.wise-sandbox.com} and {@code https://twcard.wise-sandbox.com}.
     */
    public static final Environment SANDBOX =
            new Environment("sandbox", "https://api.wise-sandbox.com", "https://twcard.wise-sandbox.com", false);

    private final String name;
    private final String apiBaseUrl;
    private final String cardDataBaseUrl;
    private final boolean production;

    private Environment(String name, String apiBaseUrl, String cardDataBaseUrl, boolean production) {
        this.name = name;
        this.apiBaseUrl = normalize(apiBaseUrl, "apiBaseUrl", production);
        this.cardDataBaseUrl = normalize(cardDataBaseUrl, "cardDataBaseUrl", production);
        this.production = production;
    }

    /**
     * {@return a custom, non-production environment with both base URLs given}
     *
     * @param apiBaseUrl base URL of the API host, for example {@code http://localhost:8080}
     * @param cardDataBaseUrl base URL of the card-data host
     * @throws IllegalArgumentException if a URL is not an absolute http or https URL
     */
    public static Environment custom(String apiBaseUrl, String cardDataBaseUrl) {
        return new Environment("custom", apiBaseUrl, cardDataBaseUrl, false);
    }

    /**
     * {@return the environment named {@code sandbox} or {@code production} (case-insensitive)}
     *
     * @param name {@code sandbox} or {@code production}, in any case
     * @throws IllegalArgumentException for any other name
     */
    public static Environment named(String name) {
        Objects.requireNonNull(name, "name");
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "production":
            case "live":
                return PRODUCTION;
            case "sandbox":
                return SANDBOX;
            default:
                throw new IllegalArgumentException(
                        "environment: expected 'sandbox' or 'production' but was '" + name + "'");
        }
    }

    /**
     * {@return a copy of this environment with another API base URL; the card-data host stays}
     *
     * @param apiBaseUrl the new API base URL (http or https)
     * @throws IllegalArgumentException if the URL is not an absolute http or https URL, or is
     *     plain http for a production environment
     */
    public Environment withApiBaseUrl(String apiBaseUrl) {
        return new Environment(name + "+custom-api", apiBaseUrl, cardDataBaseUrl, production);
    }

    /**
     * {@return a copy of this environment with another card-data base URL; the API host stays}
     *
     * @param cardDataBaseUrl the new card-data base URL (http or https)
     * @throws IllegalArgumentException if the URL is not an absolute http or https URL, or is
     *     plain http for a production environment
     */
    public Environment withCardDataBaseUrl(String cardDataBaseUrl) {
        return new Environment(name + "+custom-card-data", apiBaseUrl, cardDataBaseUrl, production);
    }

    /** {@return the short name: {@code production}, {@code sandbox} or {@code custom}} */
    public String name() {
        return name;
    }

    /** {@return the API base URL, without a trailing slash} */
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    /** {@return the card-data base URL (PIN preset host), without a trailing slash} */
    public String cardDataBaseUrl() {
        return cardDataBaseUrl;
    }

    /**
     * {@return whether this is Wise production (including production with a host overridden, for
     * example through a corporate proxy)} Sandbox-only operations refuse to run when true.
     */
    public boolean isProduction() {
        return production;
    }

    private static String normalize(String url, String field, boolean production) {
        Objects.requireNonNull(url, field);
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            // the URL is not repeated: it may carry a password
            throw new IllegalArgumentException(field + ": not a valid URL");
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null
                || scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException(field + ": expected an absolute http(s) URL");
        }
        if (production && !scheme.equalsIgnoreCase("https")) {
            throw new IllegalArgumentException(field + ": a production environment must use https, not " + scheme);
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Environment e
                && e.apiBaseUrl.equals(apiBaseUrl)
                && e.cardDataBaseUrl.equals(cardDataBaseUrl)
                && e.production == production;
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiBaseUrl, cardDataBaseUrl, production);
    }

    @Override
    public String toString() {
        return "Environment{" + name + ", api=" + withoutUserInfo(apiBaseUrl) + ", cardData="
                + withoutUserInfo(cardDataBaseUrl) + "}";
    }

    /** {@return {@code url} without its user-info (a user name and password are never printed)} */
    private static String withoutUserInfo(String url) {
        URI uri = URI.create(url);
        if (uri.getRawUserInfo() == null) {
            return url;
        }
        String authority = uri.getRawAuthority();
        return uri.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
