package io.github.wisecards.kiosk.model;

import io.github.wisecards.core.internal.ModelString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The production status of a kiosk card, as answered by produce, retrieve and simulate.
 *
 * <p>{@code errorCode} is kept as Wise's raw string; {@link #requestErrorCode()} and {@link
 * #productionErrorCode()} read it against the matching catalogue: a {@code PRODUCTION_ERROR}
 * status carries a {@link ProductionErrorCode}, any other status a {@link RequestErrorCode}. A
 * code this SDK version does not know stays available raw and reads as {@code UNKNOWN}.
 *
 * <p>Immutable and thread-safe; value-based {@code equals}.
 */
public final class CardProductionStatus {
    /**
     * How the SDK recognises Wise's "card created more than 60 days ago" refusal, for which Wise
     * documents no dedicated code: the code or description mentions 60 days or a card too old.
     */
    private static final Pattern TOO_OLD =
            Pattern.compile("(?i)(\\b60[\\s_-]*days?\\b|card[\\s_-]*(is[\\s_-]*)?too[\\s_-]*old)");

    private final ProductionStatus status;

    private final String kioskId;

    private final Instant occurredAt;

    private final String errorCode;

    private final String description;

    /** Derived by the SDK, never read from or written to JSON: see {@link #answersOwnRetry()}. */
    private final boolean answersOwnRetry;

    private CardProductionStatus(Builder b) {
        this.answersOwnRetry = b.answersOwnRetry;
        this.status = b.status == null ? ProductionStatus.ABSENT : b.status;
        this.kioskId = b.kioskId;
        this.occurredAt = b.occurredAt;
        this.errorCode = b.errorCode;
        this.description = b.description;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with this status's values} */
    public Builder toBuilder() {
        return builder()
                .status(status)
                .kioskId(kioskId)
                .occurredAt(occurredAt)
                .errorCode(errorCode)
                .description(description)
                .answersOwnRetry(answersOwnRetry);
    }

    /** {@return the production status; {@link ProductionStatus#ABSENT} when Wise sent none} */
    public ProductionStatus status() {
        return status;
    }

    /** {@return the kiosk producing the card; empty when the status is {@code READY}} */
    public Optional<String> kioskId() {
        return Optional.ofNullable(kioskId);
    }

    /** {@return when the status was reached (for produce: when the request reached the kiosk)} */
    public Optional<Instant> occurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    /** {@return Wise's raw error code, exactly as sent; empty when there is none} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return Wise's description of the status or error, when given} */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * {@return the error code read as a request error: present when there is an error code and the
     * status is not {@code PRODUCTION_ERROR}}
     */
    public Optional<RequestErrorCode> requestErrorCode() {
        return errorCode == null || status.value() == ProductionStatus.Value.PRODUCTION_ERROR
                ? Optional.empty()
                : Optional.of(RequestErrorCode.of(errorCode));
    }

    /**
     * {@return the error code read as a production error: present when there is an error code and
     * the status is {@code PRODUCTION_ERROR}}
     */
    public Optional<ProductionErrorCode> productionErrorCode() {
        return errorCode != null && status.value() == ProductionStatus.Value.PRODUCTION_ERROR
                ? Optional.of(ProductionErrorCode.of(errorCode))
                : Optional.empty();
    }

    /**
     * {@return whether production is pending rather than failed: the request error is {@code
     * REQUEST_CREATED_BUT_NOT_STARTED}, so production starts once the printer or satellite is
     * ready}
     */
    public boolean isPending() {
        return requestErrorCode().map(RequestErrorCode::isPending).orElse(false);
    }

    /**
     * {@return whether this answer is Wise's {@code REQUEST_ALREADY_EXISTS} to a retry the SDK made
     * itself, after an earlier attempt of the same produce call failed at the I/O level: the
     * earlier attempt reached Wise}. Derived by the SDK; the status and code stay as Wise sent
     * them.
     */
    public boolean answersOwnRetry() {
        return answersOwnRetry;
    }

    /**
     * The SDK's derived answer to "did Wise take my produce request?": true when production will
     * follow, whatever the HTTP status. That is the case for
     *
     * <ul>
     *   <li>status {@code IN_PROGRESS} (HTTP 200): the card was sent to the kiosk;
     *   <li>status {@code REQUEST_ERROR} with {@code REQUEST_CREATED_BUT_NOT_STARTED} (HTTP 422): the
     *       request was accepted and production starts once the printer or satellite is ready;
     *   <li>status {@code REQUEST_ERROR} with {@code REQUEST_ALREADY_EXISTS} answering the SDK's own
     *       retry ({@link #answersOwnRetry()}): the first attempt was received.
     * </ul>
     *
     * <p>{@link #status()} and {@link #errorCode()} keep Wise's words verbatim; watch the
     * production status (webhook or {@code awaitProduction}) for the outcome.
     *
     * @return true when Wise took the produce request and production will follow; false for every
     *     other answer, including a refused request and an unknown status
     */
    public boolean isProductionAccepted() {
        if (status.value() == ProductionStatus.Value.IN_PROGRESS) {
            return true;
        }
        Optional<RequestErrorCode> code = requestErrorCode();
        return status.value() == ProductionStatus.Value.REQUEST_ERROR
                && code.isPresent()
                && (code.get().isPending()
                        || (answersOwnRetry && code.get().equals(RequestErrorCode.REQUEST_ALREADY_EXISTS)));
    }

    /**
     * {@return whether this is Wise's refusal to produce a card created more than 60 days ago}.
     * That
     * card can never be produced: order a new card. Wise documents no dedicated code for it, so the
     * SDK recognises it from the error code or description mentioning 60 days or a card too old.
     */
    public boolean isCardTooOldToProduce() {
        if (status.value() != ProductionStatus.Value.REQUEST_ERROR) {
            return false;
        }
        return (errorCode != null && TOO_OLD.matcher(errorCode).find())
                || (description != null && TOO_OLD.matcher(description).find());
    }

    /**
     * {@return what the partner or kiosk operator can do now: from the error catalogue for an error
     * status, {@link RecommendedAction#ORDER_NEW_CARD} for the 60-day refusal, and {@link
     * RecommendedAction#WAIT_FOR_STATUS} otherwise}
     */
    public RecommendedAction recommendedAction() {
        if (isCardTooOldToProduce()) {
            return RecommendedAction.ORDER_NEW_CARD;
        }
        Optional<ProductionErrorCode> production = productionErrorCode();
        if (production.isPresent()) {
            return production.get().recommendedAction();
        }
        if (status.value() == ProductionStatus.Value.PRODUCTION_ERROR) {
            return RecommendedAction.RETRY_LATER;
        }
        return requestErrorCode().map(RequestErrorCode::recommendedAction).orElse(RecommendedAction.WAIT_FOR_STATUS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProductionStatus s
                && status.equals(s.status)
                && Objects.equals(kioskId, s.kioskId)
                && Objects.equals(occurredAt, s.occurredAt)
                && Objects.equals(errorCode, s.errorCode)
                && Objects.equals(description, s.description)
                && answersOwnRetry == s.answersOwnRetry;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, kioskId, occurredAt, errorCode, description, answersOwnRetry);
    }

    @Override
    public String toString() {
        return ModelString.of("CardProductionStatus")
                .add("status", status)
                .add("kioskId", kioskId)
                .add("occurredAt", occurredAt)
                .add("errorCode", errorCode)
                .add("description", description)
                .add("answersOwnRetry", answersOwnRetry ? true : null)
                .toString();
    }

    /** Builds a {@link CardProductionStatus}. Not thread-safe. */
    public static final class Builder {
        private ProductionStatus status;
        private String kioskId;
        private Instant occurredAt;
        private String errorCode;
        private String description;
        private boolean answersOwnRetry;

        private Builder() {}

        /**
         * Sets the production status.
         *
         * @param status the production status; left unset or {@code null}, the built status reads
         *     as {@link ProductionStatus#ABSENT}
         * @return this builder
         */
        public Builder status(ProductionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the kiosk id; null for none.
         *
         * @param kioskId the kiosk id; {@code null} for none
         * @return this builder
         */
        public Builder kioskId(String kioskId) {
            this.kioskId = kioskId;
            return this;
        }

        /**
         * Sets when the status was reached; null for unknown.
         *
         * @param occurredAt when the status was reached; {@code null} for unknown
         * @return this builder
         */
        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        /**
         * Sets the raw error code; null for none.
         *
         * @param errorCode the raw error code; {@code null} for none
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the description; null for none.
         *
         * @param description the description; {@code null} for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Marks this status as answering the SDK's own retry (see {@link
         * CardProductionStatus#answersOwnRetry()}); set by the SDK, and by tests and simulators.
         *
         * @param answersOwnRetry whether this status answers a retry the SDK itself made
         * @return this builder
         */
        public Builder answersOwnRetry(boolean answersOwnRetry) {
            this.answersOwnRetry = answersOwnRetry;
            return this;
        }

        /**
         * Builds the status; an unset {@code status} reads as {@link ProductionStatus#ABSENT}, as
         * Wise's contract marks no field of a production status required.
         *
         * @return the status
         */
        public CardProductionStatus build() {
            return new CardProductionStatus(this);
        }
    }
}
