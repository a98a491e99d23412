package org.provisionlens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTests {

    @Test
    void readsIsoAndBritishDatesAndRefusesImpossibleOnes() {
        assertThat(DateText.parse("2025-03-31")).contains(LocalDate.of(2025, 3, 31));
        assertThat(DateText.parse(" 31/03/2025 ")).contains(LocalDate.of(2025, 3, 31));
        assertThat(DateText.parse("1/4/2025")).contains(LocalDate.of(2025, 4, 1));
        assertThat(DateText.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(DateText.parse("2025-02-29")).isEmpty();
        assertThat(DateText.parse("31/02/2025")).isEmpty();
        assertThat(DateText.parse("2025/01/01")).isEmpty();
        assertThat(DateText.parse("03/31/2025")).isEmpty();
        assertThat(DateText.parse(null)).isEmpty();
    }
}
