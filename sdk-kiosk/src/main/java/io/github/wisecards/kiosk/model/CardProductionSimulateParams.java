package io.github.wisecards.kiosk.model;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.core.internal.ModelString;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of the sandbox-only production simulation: the status to move the card to, {@code
 * PRODUCED} or {@code PRODUCTION_ERROR} with the production error code to report. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CardProductionSimulateParams.produced();
 * CardProductionSimulateParams.productionError(ProductionErrorCode.PRT_NOT_REACHABLE);
 * }</pre>
 */
public final class CardProductionSimulateParams {
    private final ProductionStatus status;

    private final ProductionErrorCode errorCode;

    private CardProductionSimulateParams(Builder b) {
        this.status = b.status;
        this.errorCode = b.errorCode;
    }

    /** {@return params that simulate a successful production ({@code {"status":"PRODUCED"}})} */
    public static CardProductionSimulateParams produced() {
        return builder().status(ProductionStatus.PRODUCED).build();
    }

    /**
     * Returns params that simulate a production failure with {@code errorCode}.
     *
     * @param errorCode the production error code Wise is to report
     * @return params with status {@code PRODUCTION_ERROR} and that code
     * @throws NullPointerException if {@code errorCode} is null
     */
    public static CardProductionSimulateParams productionError(ProductionErrorCode errorCode) {
        return builder()
                .status(ProductionStatus.PRODUCTION_ERROR)
                .errorCode(Objects.requireNonNull(errorCode, "errorCode"))
                .build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with these params} */
    public Builder toBuilder() {
        return builder().status(status).errorCode(errorCode);
    }

    /** {@return the simulated status} */
    public ProductionStatus status() {
        return status;
    }

    /** {@return the simulated production error code; present only for {@code PRODUCTION_ERROR}} */
    public Optional<ProductionErrorCode> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProductionSimulateParams p
                && status.equals(p.status)
                && Objects.equals(errorCode, p.errorCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, errorCode);
    }

    @Override
    public String toString() {
        return ModelString.of("CardProductionSimulateParams")
                .add("status", status)
                .add("errorCode", errorCode)
                .toString();
    }

    /** Builds {@link CardProductionSimulateParams}. Not thread-safe. */
    public static final class Builder {
        private ProductionStatus status;
        private ProductionErrorCode errorCode;

        private Builder() {}

        /**
         * Sets the simulated status (required): {@code PRODUCED} or {@code PRODUCTION_ERROR}.
         *
         * @param status the simulated status: {@code PRODUCED} or {@code PRODUCTION_ERROR};
         *     required: {@link #build()} throws {@link IllegalStateException} without it
         * @return this builder
         */
        public Builder status(ProductionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the production error code to simulate; only with {@code PRODUCTION_ERROR}, as the
         * contract says. Optional: the contract does not require it (Wise then picks the error).
         *
         * @param errorCode the code to report; {@code null} clears it
         * @return this builder
         */
        public Builder errorCode(ProductionErrorCode errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Builds the params.
         *
         * @throws IllegalStateException if {@code status} was not set
         * @throws ValidationException if the status is not {@code PRODUCED} or {@code
         *     PRODUCTION_ERROR} (the contract's enum), or an error code is given for {@code PRODUCED}
         *     (the contract: "set only if the status is {@code PRODUCTION_ERROR}")
         * @return the params
         */
        public CardProductionSimulateParams build() {
            if (status == null) {
                throw new IllegalStateException("CardProductionSimulateParams is missing required field: status");
            }
            if (status.equals(ProductionStatus.PRODUCED)) {
                if (errorCode != null) {
                    throw invalid("errorCode", "must be absent when status is PRODUCED");
                }
            } else if (!status.equals(ProductionStatus.PRODUCTION_ERROR)) {
                throw invalid("status", "must be PRODUCED or PRODUCTION_ERROR but was " + status.raw());
            }
            return new CardProductionSimulateParams(this);
        }

        private static ValidationException invalid(String field, String message) {
            return new ValidationException(
                    "card production simulation parameters", List.of(FieldViolation.of(field, message)));
        }
    }
}
