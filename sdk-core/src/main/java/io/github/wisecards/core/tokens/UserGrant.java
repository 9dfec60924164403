package io.github.wisecards.core.tokens;

import java.util.Objects;
import java.util.Optional;

/**
 * How the SDK gets a user's first tokens, or new ones when the stored refresh token no longer
 * works: one of Wise's three user grants. Supplied per user by your {@link UserCredentials}.
 * Immutable; {@link #toString()} shows the grant type only.
 *
 * <ul>
 *   <li>{@link #refreshToken(String)}: a refresh token you already hold ({@code
 *       grant_type=refresh_token});
 *   <li>{@link #registrationCode(String, String)}: a user your application created ({@code
 *       grant_type=registration_code}); the code can regenerate tokens whenever the refresh token
 *       stops working;
 *   <li>{@link #authorizationCode(String, String)}: a user linked through Wise's authorization page
 *       ({@code grant_type=authorization_code}); the code works once, the refresh token it gives is
 *       then kept in the store.
 * </ul>
 */
public final class UserGrant {
    /** The grant types. */
    public enum Type {
        /** {@code grant_type=refresh_token}. */
        REFRESH_TOKEN("refresh_token"),
        /** {@code grant_type=registration_code}. */
        REGISTRATION_CODE("registration_code"),
        /** {@code grant_type=authorization_code}. */
        AUTHORIZATION_CODE("authorization_code");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /**
         * Returns the {@code grant_type} value Wise expects.
         *
         * @return the wire name
         */
        public String wireName() {
            return wireName;
        }
    }

    private final Type type;
    private final String secret;
    private final String detail;

    private UserGrant(Type type, String secret, String detail) {
        this.type = type;
        this.secret = secret;
        this.detail = detail;
    }

    /**
     * Returns a grant by refresh token.
     *
     * @param refreshToken the user's refresh token
     * @return the grant
     * @throws IllegalArgumentException if blank
     */
    public static UserGrant refreshToken(String refreshToken) {
        return new UserGrant(Type.REFRESH_TOKEN, nonBlank(refreshToken, "refreshToken"), null);
    }

    /**
     * Returns a grant by registration code, for a user your application created.
     *
     * @param email the user's email, as registered
     * @param registrationCode the registration code your application generated for the user
     * @return the grant
     * @throws IllegalArgumentException if either is blank
     */
    public static UserGrant registrationCode(String email, String registrationCode) {
        return new UserGrant(
                Type.REGISTRATION_CODE, nonBlank(registrationCode, "registrationCode"), nonBlank(email, "email"));
    }

    /**
     * Returns a grant by authorization code, for a user linked through Wise's authorization page.
     *
     * @param code the code Wise appended to your redirect URI (works once)
     * @param redirectUri the redirect URI the code was issued for
     * @return the grant
     * @throws IllegalArgumentException if either is blank
     */
    public static UserGrant authorizationCode(String code, String redirectUri) {
        return new UserGrant(Type.AUTHORIZATION_CODE, nonBlank(code, "code"), nonBlank(redirectUri, "redirectUri"));
    }

    /**
     * Returns the grant type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * Returns the secret part: the refresh token, registration code or authorization code.
     *
     * @return the secret
     */
    public String secret() {
        return secret;
    }

    /**
     * Returns the email of a registration-code grant.
     *
     * @return the email, or empty for other grants
     */
    public Optional<String> email() {
        return type == Type.REGISTRATION_CODE ? Optional.of(detail) : Optional.empty();
    }

    /**
     * Returns the redirect URI of an authorization-code grant.
     *
     * @return the redirect URI, or empty for other grants
     */
    public Optional<String> redirectUri() {
        return type == Type.AUTHORIZATION_CODE ? Optional.of(detail) : Optional.empty();
    }

    private static String nonBlank(String s, String field) {
        Objects.requireNonNull(s, field);
        if (s.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserGrant g
                && g.type == type
                && g.secret.equals(secret)
                && Objects.equals(g.detail, detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, secret, detail);
    }

    @Override
    public String toString() {
        return "UserGrant{" + type.wireName + ", [REDACTED]}";
    }
}
