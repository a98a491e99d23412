package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.PublishedRun;

class ServiceRowTests {

    static ServiceRow row(Integer min, Integer max, Integer capacity, String unit, Boolean inArea, int mergedFrom) {
        return new ServiceRow(
                "schools:1",
                "A school",
                null,
                null,
                null,
                List.of(),
                min,
                max,
                capacity,
                unit,
                null,
                0,
                null,
                null,
                inArea,
                null,
                true,
                mergedFrom,
                List.of("directory", "schools"));
    }

    @Test
    void agesSayWhichEndsAreKnown() {
        assertThat(row(11, 19, null, null, null, 1).agesText()).isEqualTo("11-19");
        assertThat(row(5, null, null, null, null, 1).agesText()).isEqualTo("from 5");
        assertThat(row(null, 18, null, null, null, 1).agesText()).isEqualTo("up to 18");
        assertThat(row(null, null, null, null, null, 1).agesText()).isEqualTo("Not recorded");
    }

    @Test
    void capacityCarriesItsUnitAndUnknownIsNeverZero() {
        assertThat(row(null, null, 120, "PLACES", null, 1).capacityText()).isEqualTo("120 places");
        assertThat(row(null, null, 1, "PLACES", null, 1).capacityText()).isEqualTo("1 place");
        assertThat(row(null, null, 45, "CASELOAD", null, 1).capacityText()).isEqualTo("45 caseload");
        assertThat(row(null, null, 30, "HOURS_PER_WEEK", null, 1).capacityText())
                .isEqualTo("30 hours per week");
        assertThat(row(null, null, 1500, "PLACES", null, 1).capacityText()).isEqualTo("1,500 places");
        assertThat(row(null, null, 7, null, null, 1).capacityText()).isEqualTo("7 (unit not recorded)");
        assertThat(row(null, null, null, "PLACES", null, 1).capacityText()).isEqualTo("Unknown");
        assertThat(row(null, null, 0, "PLACES", null, 1).capacityText()).isEqualTo("0 places");
    }

    @Test
    void unreportedFiguresAreNotReportedButZeroIsZero() {
        ServiceRow row = row(null, null, null, null, null, 1);
        assertThat(row.currentUseText()).isEqualTo("Not reported");
        assertThat(row.waitingListText()).isEqualTo("0");
        assertThat(row.waitingWeeksText()).isEqualTo("Not reported");
    }

    @Test
    void inAreaAndMergeAreSaidInWords() {
        assertThat(row(null, null, null, null, true, 1).inAreaText()).isEqualTo("Yes");
        assertThat(row(null, null, null, null, false, 1).inAreaText()).isEqualTo("No");
        assertThat(row(null, null, null, null, null, 1).inAreaText()).isEqualTo("Not recorded");
        assertThat(row(null, null, null, null, null, 1).mergedText()).isEmpty();
        assertThat(row(null, null, null, null, null, 3).mergedText()).isEqualTo("Merged from 3 listings");
        assertThat(row(null, null, null, null, null, 3).sourcesText()).isEqualTo("directory, schools");
    }

    @Test
    void aReviewIsOutOfDateBeforeTwelveMonthsBeforeTheRunFinishedInUkTime() {
        // 23:30 UTC on 1 June 2025 is 00:30 on 2 June in London (BST): the cutoff is 2 June 2024.
        PublishedRun run = new PublishedRun(
                "E08000009", "Trafford", 1, OffsetDateTime.of(2025, 6, 1, 23, 30, 0, 0, ZoneOffset.UTC));
        LocalDate cutoff = run.reviewCutoff();

        assertThat(cutoff).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(ServiceRow.overdue(LocalDate.of(2024, 6, 1), cutoff)).isTrue();
        assertThat(ServiceRow.overdue(LocalDate.of(2024, 6, 2), cutoff)).isFalse();
        assertThat(ServiceRow.overdue(null, cutoff)).isTrue();
    }

    @Test
    void theSummaryCountsInWords() {
        assertThat(new ServicesSummary(6, 8, 2).text())
                .isEqualTo("6 services from 8 listings; 2 services merged from listings of several sources");
        assertThat(new ServicesSummary(1, 1, 0).text())
                .isEqualTo("1 service from 1 listing; 0 services merged from listings of several sources");
        assertThat(new ServicesSummary(12345, 20000, 1).text())
                .isEqualTo("12,345 services from 20,000 listings; 1 service merged from listings of several sources");
    }
}
