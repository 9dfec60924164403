package io.github.wisecards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void hasNextWhileItemsSoFarAreFewerThanTheTotal() {
        Page<String> first = Page.of(List.of("a", "b"), 5, 1, 2);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.nextPageNumber()).hasValue(2);

        Page<String> last = Page.of(List.of("e"), 5, 3, 2);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.nextPageNumber()).isEmpty();

        Page<String> exact = Page.of(List.of("c", "d"), 4, 2, 2);
        assertThat(exact.hasNext()).isFalse();
    }

    @Test
    void emptyPageHasNoNext() {
        Page<String> empty = Page.of(List.of(), 10, 2, 5);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.items()).isEmpty();
    }

    @Test
    void exposesItsPositionAndIsValueBased() {
        Page<String> p = Page.of(List.of("a"), 7, 3, 1);
        assertThat(p.totalCount()).isEqualTo(7);
        assertThat(p.pageNumber()).isEqualTo(3);
        assertThat(p.pageSize()).isEqualTo(1);
        assertThat(p).isEqualTo(Page.of(List.of("a"), 7, 3, 1)).hasSameHashCodeAs(Page.of(List.of("a"), 7, 3, 1));
    }

    @Test
    void rejectsInvalidNumbers() {
        assertThatThrownBy(() -> Page.of(List.of(), 0, 0, 1)).hasMessageContaining("pageNumber");
        assertThatThrownBy(() -> Page.of(List.of(), 0, 1, 0)).hasMessageContaining("pageSize");
    }
}
