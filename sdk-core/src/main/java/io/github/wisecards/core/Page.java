package io.github.wisecards.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One page of a paginated list: its items, the total count across all pages, and where it sits.
 * Page numbers start at 1. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> items;
    private final long totalCount;
    private final int pageNumber;
    private final int pageSize;

    private Page(List<T> items, long totalCount, int pageNumber, int pageSize) {
        this.items = List.copyOf(items);
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pageNumber: must be >= 1 but was " + pageNumber);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize: must be >= 1 but was " + pageSize);
        }
        this.totalCount = Math.max(totalCount, 0);
        this.pageNumber = pageNumber;
        this.pageSize = pageSize;
    }

    /**
     * Creates a page.
     *
     * @param <T> the item type
     * @param items the items on this page
     * @param totalCount the number of items across all pages
     * @param pageNumber this page's number, from 1
     * @param pageSize the page size that was requested
     * @return a new {@code Page}
     */
    public static <T> Page<T> of(List<T> items, long totalCount, int pageNumber, int pageSize) {
        return new Page<>(Objects.requireNonNull(items, "items"), totalCount, pageNumber, pageSize);
    }

    /** {@return the items on this page; never null} */
    public List<T> items() {
        return items;
    }

    /** {@return the number of items across all pages} */
    public long totalCount() {
        return totalCount;
    }

    /** {@return this page's number, from 1} */
    public int pageNumber() {
        return pageNumber;
    }

    /** {@return the page size that was requested} */
    public int pageSize() {
        return pageSize;
    }

    /**
     * {@return whether a later page holds more items: this page is not empty and the items up to
     * and including it are fewer than the total count}
     */
    public boolean hasNext() {
        return !items.isEmpty() && (long) (pageNumber - 1) * pageSize + items.size() < totalCount;
    }

    /** {@return the next page's number, when {@link #hasNext()}} */
    public OptionalInt nextPageNumber() {
        return hasNext() ? OptionalInt.of(pageNumber + 1) : OptionalInt.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Page<?> p
                && p.items.equals(items)
                && p.totalCount == totalCount
                && p.pageNumber == pageNumber
                && p.pageSize == pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, totalCount, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return "Page{number=" + pageNumber + ", size=" + pageSize + ", totalCount=" + totalCount + ", items=" + items
                + "}";
    }
}
