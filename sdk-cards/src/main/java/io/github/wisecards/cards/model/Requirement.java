package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;

/** One requirement of a card order: its type and status. Immutable and thread-safe. */
public final class Requirement {
    private final RequirementType type;

    private final RequirementStatus status;

    private Requirement(Builder b) {
        this.type = b.type == null ? RequirementType.ABSENT : b.type;
        this.status = b.status == null ? RequirementStatus.ABSENT : b.status;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this requirement's values} */
    public Builder toBuilder() {
        return builder().type(type).status(status);
    }

    /** {@return the requirement's type; {@link RequirementType#ABSENT} when Wise sent none} */
    public RequirementType type() {
        return type;
    }

    /**
     * {@return the requirement's status; {@link RequirementStatus#ABSENT} when Wise sent none (then
     * the requirement counts as not completed)}
     */
    public RequirementStatus status() {
        return status;
    }

    /** {@return whether the requirement is {@link RequirementStatus#COMPLETED}} */
    public boolean isCompleted() {
        return status.equals(RequirementStatus.COMPLETED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Requirement r && r.type.equals(type) && r.status.equals(status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, status);
    }

    @Override
    public String toString() {
        return ModelString.of("Requirement")
                .add("type", type)
                .add("status", status)
                .toString();
    }

    /** Builds a {@link Requirement}; an unset field reads as its {@code ABSENT} value. Not thread-safe. */
    public static final class Builder {
        private RequirementType type;
        private RequirementStatus status;

        private Builder() {}

        /**
         * Sets the type.
         *
         * @param type the type; {@code null} clears it
         * @return this builder
         */
        public Builder type(RequirementType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status; {@code null} clears it
         * @return this builder
         */
        public Builder status(RequirementStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Builds the requirement.
         *
         * @return the requirement
         */
        public Requirement build() {
            return new Requirement(this);
        }
    }
}
