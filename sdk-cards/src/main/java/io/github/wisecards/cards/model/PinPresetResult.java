package io.github.wisecards.cards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * The card-data host's answer to a PIN preset: the card order id, which Wise documents as a string
 * (a number is accepted too). Immutable and thread-safe.
 */
public final class PinPresetResult {
    @JsonProperty("cardOrderId")
    private final String cardOrderId;

    private PinPresetResult(String cardOrderId) {
        this.cardOrderId = cardOrderId;
    }

    /** Returns a result for the given card order id (null when the server sent none). */
    @JsonCreator
    public static PinPresetResult of(@JsonProperty("cardOrderId") String cardOrderId) {
        return new PinPresetResult(cardOrderId);
    }

    /** Returns the card order id the PIN was set on, as the server sent it, when it sent one. */
    public Optional<String> cardOrderId() {
        return Optional.ofNullable(cardOrderId).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinPresetResult r && Objects.equals(r.cardOrderId, cardOrderId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(cardOrderId);
    }

    @Override
    public String toString() {
        return "PinPresetResult{cardOrderId=" + cardOrderId + "}";
    }
}
