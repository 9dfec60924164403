package io.github.wisecards.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates over every item of a paginated list, fetching one page at a time as iteration reaches
 * it. Never holds more than one page. Stops after the page that reaches the total count, or at
 * an empty page.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page. An
 * API failure while fetching a page is thrown from {@code hasNext()} or {@code next()}.
 *
 * <pre>{@code
 * for (CardOrder order : cards.cardOrders().listAll(profileId)) { ... }
 * long placed = cards.cardOrders().listAll(profileId).stream()
 *     .filter(o -> o.status().equals(CardOrderStatus.PLACED)).count();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final IntFunction<Page<T>> fetchPage;
    private final int firstPage;

    private AutoPager(IntFunction<Page<T>> fetchPage, int firstPage) {
        this.fetchPage = Objects.requireNonNull(fetchPage, "fetchPage");
        if (firstPage < 1) {
            throw new IllegalArgumentException("firstPage: must be >= 1 but was " + firstPage);
        }
        this.firstPage = firstPage;
    }

    /**
     * Creates a pager.
     *
     * @param <T> the item type
     * @param fetchPage fetches the page with the given number (from 1)
     * @param firstPage the first page to fetch
     * @return a new {@code AutoPager}
     */
    public static <T> AutoPager<T> of(IntFunction<Page<T>> fetchPage, int firstPage) {
        return new AutoPager<>(fetchPage, firstPage);
    }

    @Override
    public Iterator<T> iterator() {
        return new PagingIterator();
    }

    /** {@return a sequential, lazy stream over every item} */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class PagingIterator implements Iterator<T> {
        private Page<T> page;
        private int index;
        private int nextPageNumber = firstPage;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            while (!exhausted && (page == null || index >= page.items().size())) {
                if (page != null && !page.hasNext()) {
                    exhausted = true;
                    break;
                }
                Page<T> fetched = fetchPage.apply(nextPageNumber);
                page = Objects.requireNonNull(fetched, "fetchPage returned null");
                index = 0;
                nextPageNumber = fetched.pageNumber() + 1;
                if (fetched.items().isEmpty()) {
                    exhausted = true;
                }
            }
            return !exhausted; // not exhausted: the loop stopped at an item of the current page
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.items().get(index++);
        }
    }

    @Override
    public String toString() {
        return "AutoPager{firstPage=" + firstPage + "}";
    }
}
