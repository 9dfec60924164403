package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
    private final List<Integer> fetched = new ArrayList<>();

    /** Serves {@code total} items in pages of {@code size}, recording each page fetched. */
    private AutoPager<Integer> pager(int total, int size) {
        return AutoPager.of(
                n -> {
                    fetched.add(n);
                    List<Integer> items = IntStream.rangeClosed((n - 1) * size + 1, Math.min(n * size, total))
                            .boxed()
                            .collect(Collectors.toList());
                    return Page.of(items, total, n, size);
                },
                1);
    }

    @Test
    void fetchesPagesLazilyAsIterationReachesThem() {
        Iterator<Integer> it = pager(5, 2).iterator();
        assertThat(fetched).isEmpty();

        assertThat(it.next()).isEqualTo(1);
        assertThat(fetched).containsExactly(1);
        assertThat(it.next()).isEqualTo(2);
        assertThat(fetched).containsExactly(1);
        assertThat(it.next()).isEqualTo(3);
        assertThat(fetched).containsExactly(1, 2);
        assertThat(it.next()).isEqualTo(4);
        assertThat(it.next()).isEqualTo(5);
        assertThat(fetched).containsExactly(1, 2, 3);
        assertThat(it.hasNext()).isFalse();
        assertThat(fetched).containsExactly(1, 2, 3);
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void stopsAtTheTotalCountWithoutRequestingBeyond() {
        List<Integer> all = new ArrayList<>();
        pager(6, 3).forEach(all::add);

        assertThat(all).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(fetched).containsExactly(1, 2);
    }

    @Test
    void stopsAtAnEmptyPage() {
        // the server claims 10 items but page 2 is empty
        AutoPager<String> pager = AutoPager.of(
                n -> {
                    fetched.add(n);
                    return n == 1 ? Page.of(List.of("a", "b"), 10, 1, 2) : Page.of(List.of(), 10, n, 2);
                },
                1);

        assertThat(pager.stream().collect(Collectors.toList())).containsExactly("a", "b");
        assertThat(fetched).containsExactly(1, 2);
    }

    @Test
    void emptyFirstPageYieldsNothing() {
        assertThat(pager(0, 10).stream().count()).isZero();
        assertThat(fetched).containsExactly(1);
    }

    @Test
    void streamIsLazyAndShortCircuits() {
        assertThat(pager(100, 10).stream().filter(i -> i % 7 == 0).findFirst()).contains(7);
        assertThat(fetched).containsExactly(1);
    }

    @Test
    void eachIterationStartsAgainFromTheFirstPage() {
        AutoPager<Integer> pager = pager(3, 2);
        assertThat(pager.stream().count()).isEqualTo(3);
        assertThat(pager.stream().count()).isEqualTo(3);
        assertThat(fetched).containsExactly(1, 2, 1, 2);
    }

    @Test
    void startsAtTheGivenPage() {
        AutoPager<Integer> pager = AutoPager.of(
                n -> {
                    fetched.add(n);
                    return Page.of(List.of(n), 3, n, 1);
                },
                2);
        assertThat(pager.stream().collect(Collectors.toList())).containsExactly(2, 3);
        assertThatThrownBy(() -> AutoPager.of(n -> null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fetchFailurePropagatesFromHasNext() {
        AutoPager<Integer> pager = AutoPager.of(
                n -> {
                    throw new IllegalStateException("page " + n + " failed");
                },
                1);
        assertThatThrownBy(() -> pager.iterator().hasNext()).hasMessage("page 1 failed");
    }
}
