package io.github.wisecards.testing;

import java.util.Objects;
import java.util.Optional;

/**
 * A Wise user the simulator knows: a customer the partner created or linked, with its own refresh
 * token (and, for a user created by the partner, its email and registration code). Get one from
 * {@link WiseSimulator#defaultUser()}, {@link WiseSimulator#addUser()}, {@link
 * WiseSimulator#addRegisteredUser(String, String)} or {@link WiseSimulator#users()}. Immutable;
 * {@link #toString()} shows only the ID.
 */
public final class SimulatedUser {
    private final long id;
    private final String refreshToken;
    private final String email;
    private final String registrationCode;

    SimulatedUser(long id, String refreshToken, String email, String registrationCode) {
        this.id = id;
        this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
        this.email = email;
        this.registrationCode = registrationCode;
    }

    /**
     * {@return the user's ID in this simulator (1 for the default user, then in order of creation)}
     */
    public long id() {
        return id;
    }

    /** {@return the user's refresh token, which {@code grant_type=refresh_token} accepts} */
    public String refreshToken() {
        return refreshToken;
    }

    /**
     * {@return the user's email, for a user created by the partner ({@code registration_code}
     * grant)}
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** {@return the user's registration code, for a user created by the partner} */
    public Optional<String> registrationCode() {
        return Optional.ofNullable(registrationCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulatedUser u
                && u.id == id
                && u.refreshToken.equals(refreshToken)
                && Objects.equals(u.email, email)
                && Objects.equals(u.registrationCode, registrationCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, refreshToken, email, registrationCode);
    }

    @Override
    public String toString() {
        return "SimulatedUser{id=" + id + "}";
    }
}
