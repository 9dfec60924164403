package io.github.wisecards.webhooks.event;

import io.github.wisecards.core.internal.Redaction;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code data.resource} object of a card event: which profile, client, card and card program
 * the event is about. Every field is optional because Wise's payloads vary. Immutable; {@code
 * toString()} masks the card token.
 */
public final class CardEventResource {
    private final String type;
    private final String profileId;
    private final String clientId;
    private final String cardToken;
    private final String cardProgram;

    CardEventResource(String type, String profileId, String clientId, String cardToken, String cardProgram) {
        this.type = type;
        this.profileId = profileId;
        this.clientId = clientId;
        this.cardToken = cardToken;
        this.cardProgram = cardProgram;
    }

    static CardEventResource empty() {
        return new CardEventResource(null, null, null, null, null);
    }

    /** Returns {@code type}, for example {@code card-order} or {@code card}. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Returns {@code profile_id} as text; Wise sends it sometimes as a JSON number and sometimes
     * as a string, and both give the same text here.
     */
    public Optional<String> profileId() {
        return Optional.ofNullable(profileId);
    }

    /** Returns {@code profile_id} as a number, when it is one. */
    public OptionalLong profileIdAsLong() {
        if (profileId == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(profileId));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Returns {@code client_id}. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** Returns {@code card_token}. Treat it as sensitive: mask it in logs. */
    public Optional<String> cardToken() {
        return Optional.ofNullable(cardToken);
    }

    /** Returns {@code card_program}: its name, whether sent as a string or as an object. */
    public Optional<String> cardProgram() {
        return Optional.ofNullable(cardProgram);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardEventResource r
                && Objects.equals(type, r.type)
                && Objects.equals(profileId, r.profileId)
                && Objects.equals(clientId, r.clientId)
                && Objects.equals(cardToken, r.cardToken)
                && Objects.equals(cardProgram, r.cardProgram);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, profileId, clientId, cardToken, cardProgram);
    }

    @Override
    public String toString() {
        return "CardEventResource{type=" + type + ", profileId=" + profileId + ", clientId=" + clientId + ", cardToken="
                + Redaction.maskCardToken(cardToken) + ", cardProgram=" + cardProgram + "}";
    }
}
