package io.github.wisecards.cards.model;

import io.github.wisecards.core.internal.ModelString;
import java.util.Objects;

/**
 * Which page of a profile's card orders to list: page size 10 to 100 (default 10) and page number
 * from 1 (default 1), both checked when set. Immutable and thread-safe.
 */
public final class CardOrderListParams {
    /** The smallest page size Wise accepts. */
    public static final int MIN_PAGE_SIZE = 10;
    /** The largest page size Wise accepts. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The page size Wise uses when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    private final int pageSize;
    private final int pageNumber;

    private CardOrderListParams(Builder b) {
        this.pageSize = b.pageSize;
        this.pageNumber = b.pageNumber;
    }

    /** {@return a new builder with the defaults (page size 10, page 1)} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the defaults: page size 10, page 1} */
    public static CardOrderListParams defaults() {
        return builder().build();
    }

    /** {@return a builder holding these values} */
    public Builder toBuilder() {
        return builder().pageSize(pageSize).pageNumber(pageNumber);
    }

    /** {@return the page size} */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the page number, from 1} */
    public int pageNumber() {
        return pageNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardOrderListParams p && p.pageSize == pageSize && p.pageNumber == pageNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize, pageNumber);
    }

    @Override
    public String toString() {
        return ModelString.of("CardOrderListParams")
                .add("pageSize", pageSize)
                .add("pageNumber", pageNumber)
                .toString();
    }

    /** Builds {@link CardOrderListParams}. Not thread-safe. */
    public static final class Builder {
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int pageNumber = 1;

        private Builder() {}

        /**
         * Sets the page size.
         *
         * @throws IllegalArgumentException unless 10 &lt;= pageSize &lt;= 100
         * @param pageSize the number of orders per page, from 10 to 100 (default {@value
         *     CardOrderListParams#DEFAULT_PAGE_SIZE})
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize: must be between " + MIN_PAGE_SIZE + " and "
                        + MAX_PAGE_SIZE + " but was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the page number.
         *
         * @throws IllegalArgumentException unless pageNumber &gt;= 1
         * @param pageNumber the page to read, counting from 1 (the default)
         * @return this builder
         */
        public Builder pageNumber(int pageNumber) {
            if (pageNumber < 1) {
                throw new IllegalArgumentException("pageNumber: must be >= 1 but was " + pageNumber);
            }
            this.pageNumber = pageNumber;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public CardOrderListParams build() {
            return new CardOrderListParams(this);
        }
    }
}
