package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The requirements of a card order. A card order is valid once every requirement is {@link
 * RequirementStatus#COMPLETED}; see {@link #allCompleted()}. Immutable and thread-safe.
 */
public final class CardOrderRequirements {
    private final List<Requirement> requirements;

    private CardOrderRequirements(Builder b) {
        this.requirements = List.copyOf(b.requirements);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these requirements} */
    public Builder toBuilder() {
        Builder b = builder();
        requirements.forEach(b::addRequirement);
        return b;
    }

    /** {@return the requirements, in the server's order; never null} */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * Returns the requirement of the given type, if the order has one.
     *
     * @param type the requirement type to look for
     * @return the first requirement of that type; empty if the order has none
     */
    public Optional<Requirement> requirement(RequirementType type) {
        return requirements.stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /**
     * {@return whether every requirement is {@link RequirementStatus#COMPLETED}; true when there
     * are none}
     */
    public boolean allCompleted() {
        return requirements.stream().allMatch(Requirement::isCompleted);
    }

    /** {@return the requirements that are not yet completed, in the server's order} */
    public List<Requirement> outstanding() {
        return requirements.stream().filter(r -> !r.isCompleted()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardOrderRequirements r && r.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode();
    }

    @Override
    public String toString() {
        return ModelString.of("CardOrderRequirements")
                .add("requirements", requirements)
                .toString();
    }

    /** Builds {@link CardOrderRequirements}. Not thread-safe. */
    public static final class Builder {
        private final List<Requirement> requirements = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a requirement.
         *
         * @param requirement the requirement, appended after those already added
         * @return this builder
         * @throws NullPointerException if {@code requirement} is null
         */
        public Builder addRequirement(Requirement requirement) {
            requirements.add(java.util.Objects.requireNonNull(requirement, "requirement"));
            return this;
        }

        /**
         * Builds the requirements.
         *
         * @return the requirements, in the order they were added
         */
        public CardOrderRequirements build() {
            return new CardOrderRequirements(this);
        }
    }
}
