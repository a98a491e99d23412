package org.provisionlens.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsultationRegisterTests {

    private static final ReviewYear YEAR_2024_25 = ReviewYear.ofTimePeriod("202425");

    @Test
    void theReviewYearIsTheTwelveMonthsToThirtyFirstAugustOfTheTimePeriod() {
        assertThat(YEAR_2024_25).isEqualTo(new ReviewYear(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)));
        assertThat(ReviewYear.ofTimePeriod("2024/25")).isEqualTo(YEAR_2024_25);
        assertThat(ReviewYear.ofTimePeriod("2025")).isEqualTo(YEAR_2024_25);
        assertThat(YEAR_2024_25.label()).isEqualTo("1 September 2024 to 31 August 2025");
        assertThatThrownBy(() -> ReviewYear.ofTimePeriod("24/25")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsEachGroupsEventsInTheYearAndShowsTheRequiredGroupsNobodyReachedAsGaps() {
        List<ConsultationEvent> events = List.of(
                // overlaps the year's first day (ends 2 September 2024): in the year
                event(
                        "E1",
                        LocalDate.of(2024, 8, 20),
                        LocalDate.of(2024, 9, 2),
                        ConsultationMethod.EVENT,
                        ConsulteeGroup.CYP_AND_PARENTS_SEN,
                        ConsulteeGroup.CYP_AND_PARENTS_DISABILITY),
                event(
                        "E2",
                        LocalDate.of(2025, 3, 1),
                        null,
                        ConsultationMethod.ONLINE_SURVEY,
                        ConsulteeGroup.CYP_AND_PARENTS_SEN),
                // a year before: the group's last consultation, but not in this year
                event(
                        "E3",
                        LocalDate.of(2024, 3, 12),
                        null,
                        ConsultationMethod.MEETING,
                        ConsulteeGroup.YOUTH_OFFENDING_TEAMS),
                // the day after the year ends: not in it
                event("E4", LocalDate.of(2025, 9, 1), null, ConsultationMethod.LETTER, ConsulteeGroup.ACADEMIES),
                event(
                        "E5",
                        LocalDate.of(2025, 1, 10),
                        null,
                        ConsultationMethod.MEETING,
                        ConsulteeGroup.OTHERS_THE_LA_THINKS_APPROPRIATE));

        List<GroupConsultation> groups = ConsultationRegister.byGroup(events, YEAR_2024_25);

        assertThat(groups).hasSize(17);
        GroupConsultation sen = groups.get(0);
        // E1 and E2 reached 54(1)(a); methods in enum order: online survey before event
        assertThat(sen.eventsInYear()).isEqualTo(2);
        assertThat(sen.methodsInYear()).containsExactly(ConsultationMethod.ONLINE_SURVEY, ConsultationMethod.EVENT);
        assertThat(sen.lastConsulted()).isEqualTo(LocalDate.of(2025, 3, 1));
        GroupConsultation yot = groups.get(ConsulteeGroup.YOUTH_OFFENDING_TEAMS.ordinal());
        assertThat(yot.eventsInYear()).isZero();
        assertThat(yot.lastConsulted()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(yot.gap()).isTrue();
        // 17 groups, 16 required; reached in the year: 54(1)(a), 54(1)(b) (and 54(1)(n), not required) -> 14 gaps
        List<ConsulteeGroup> gaps = ConsultationRegister.gaps(events, YEAR_2024_25);
        assertThat(gaps)
                .hasSize(14)
                .doesNotContain(
                        ConsulteeGroup.CYP_AND_PARENTS_SEN,
                        ConsulteeGroup.CYP_AND_PARENTS_DISABILITY,
                        ConsulteeGroup.OTHERS_THE_LA_THINKS_APPROPRIATE)
                .contains(ConsulteeGroup.ACADEMIES, ConsulteeGroup.YOUTH_OFFENDING_TEAMS);
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> event(
                        "E9",
                        LocalDate.of(2025, 3, 2),
                        LocalDate.of(2025, 3, 1),
                        ConsultationMethod.EVENT,
                        ConsulteeGroup.ACADEMIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    private static ConsultationEvent event(
            String id, LocalDate from, LocalDate to, ConsultationMethod method, ConsulteeGroup... groups) {
        return new ConsultationEvent(id, List.of(groups), from, to, method, "test " + id, null);
    }
}
