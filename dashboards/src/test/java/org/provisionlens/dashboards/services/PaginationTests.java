package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PaginationTests {

    @Test
    void slicesAHundredToAPage() {
        Pagination second = Pagination.of(250, 2, 100);

        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.offset()).isEqualTo(100);
        assertThat(second.from()).isEqualTo(101);
        assertThat(second.to()).isEqualTo(200);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(Pagination.of(250, 3, 100).to()).isEqualTo(250);
    }

    @Test
    void keepsThePageAskedForWithinTheFirstAndTheLast() {
        assertThat(Pagination.of(250, 9, 100).page()).isEqualTo(3);
        assertThat(Pagination.of(250, -1, 100).page()).isEqualTo(1);
        Pagination empty = Pagination.of(0, 4, 100);
        assertThat(empty.page()).isEqualTo(1);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.from()).isZero();
        assertThat(empty.to()).isZero();
        assertThat(Pagination.of(100, 1, 100).hasNext()).isFalse();
    }

    @Test
    void linksTheFirstTheLastAndThePagesAroundThisOneWithEllipses() {
        assertThat(Pagination.of(1000, 5, 100).numbers()).isEqualTo(Arrays.asList(1, null, 4, 5, 6, null, 10));
        assertThat(Pagination.of(1000, 1, 100).numbers()).isEqualTo(Arrays.asList(1, 2, null, 10));
        assertThat(Pagination.of(1000, 3, 100).numbers()).isEqualTo(Arrays.asList(1, 2, 3, 4, null, 10));
        assertThat(Pagination.of(300, 2, 100).numbers()).isEqualTo(Arrays.asList(1, 2, 3));
        assertThat(Pagination.of(50, 1, 100).numbers()).isEqualTo(Arrays.asList(1));
    }

    @Test
    void marksTheCurrentPageAndTheEllipses() {
        Pagination pagination = Pagination.of(1000, 5, 100);

        assertThat(pagination.itemClass(5)).isEqualTo("govuk-pagination__item govuk-pagination__item--current");
        assertThat(pagination.itemClass(4)).isEqualTo("govuk-pagination__item");
        assertThat(pagination.itemClass(null)).isEqualTo("govuk-pagination__item govuk-pagination__item--ellipses");
    }
}
