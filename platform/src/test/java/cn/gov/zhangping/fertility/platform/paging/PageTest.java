package cn.gov.zhangping.fertility.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of("a"), PageRequest.of(0, 10), 21).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), PageRequest.of(0, 10), 20).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), PageRequest.of(0, 10), 0).totalPages()).isZero();
    }

    @Test
    void offsetFollowsPageAndSize() {
        assertThat(PageRequest.of(3, 25).offset()).isEqualTo(75);
    }

    @Test
    void theLastPageAllowedStillHasAnOffsetTheDatabaseTakes() {
        long offset = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset();
        assertThat(offset).isLessThanOrEqualTo(Integer.MAX_VALUE - PageRequest.MAX_SIZE);
        // what Panache computes in int, as page * size
        assertThat(PageRequest.MAX_PAGE * PageRequest.MAX_SIZE).isEqualTo((int) offset).isPositive();
    }

    @Test
    void mapKeepsThePaging() {
        Page<Integer> p = Page.of(List.of("a", "bb"), PageRequest.of(1, 2), 5).map(String::length);
        assertThat(p.items()).containsExactly(1, 2);
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.totalItems()).isEqualTo(5);
    }
}
