package org.provisionlens.core.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CommunityWaitTests {

    private static CommunityWait wait(Integer waiting, Integer over18To52, Integer over52) {
        return new CommunityWait(
                CommunityWait.AreaType.ICB,
                "Greater Manchester",
                YearMonth.of(2023, 10),
                Therapy.SPEECH_AND_LANGUAGE,
                waiting,
                over18To52,
                over52);
    }

    @Test
    void overEighteenWeeksAddsBothBandsAndIsAShareOfTheList() {
        // Greater Manchester, speech and language, October 2023: 1610 + 492 = 2102 of 6647 = 31.62%
        CommunityWait salt = wait(6647, 1610, 492);

        assertThat(salt.over18Weeks()).isEqualTo(2102);
        assertThat(salt.percentOver18Weeks()).isCloseTo(31.623, Offset.offset(0.001));
    }

    @Test
    void whatIsNotReportedStaysUnknown() {
        assertThat(wait(6647, null, 492).over18Weeks()).isNull();
        assertThat(wait(null, 10, 2).percentOver18Weeks()).isNull();
        assertThat(wait(0, 0, 0).percentOver18Weeks()).isNull();
    }

    @Test
    void moreOverEighteenWeeksThanOnTheListCannotBeBuilt() {
        assertThatThrownBy(() -> wait(100, 90, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("more waiting over 18 weeks (110) than on the list (100)");
        assertThatThrownBy(() -> wait(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheTherapiesAsTheFileNamesThem() {
        assertThat(Therapy.parse("Speech And Language")).contains(Therapy.SPEECH_AND_LANGUAGE);
        assertThat(Therapy.parse("Community Paediatric Service")).contains(Therapy.COMMUNITY_PAEDIATRICS);
        assertThat(Therapy.parse("Occupational Therapy")).contains(Therapy.OCCUPATIONAL_THERAPY);
        assertThat(Therapy.parse("AUDIOLOGY")).contains(Therapy.AUDIOLOGY);
        assertThat(Therapy.parse("Hydrotherapy")).isEmpty();
    }

    @Test
    void findsTheTherapiesAServiceProvidesByTheWordsOfItsName() {
        assertThat(Therapy.named("Trafford Children's Speech and Language Therapy"))
                .containsExactly(Therapy.SPEECH_AND_LANGUAGE);
        assertThat(Therapy.named("SALT drop-in")).containsExactly(Therapy.SPEECH_AND_LANGUAGE);
        assertThat(Therapy.named("Trafford Children's Occupational Therapy"))
                .containsExactly(Therapy.OCCUPATIONAL_THERAPY);
        assertThat(Therapy.named("Children's OT service")).containsExactly(Therapy.OCCUPATIONAL_THERAPY);
        assertThat(Therapy.named("Trafford Children's Physiotherapy")).containsExactly(Therapy.PHYSIOTHERAPY);
        assertThat(Therapy.named("Community Paediatrics and Child Development"))
                .containsExactly(Therapy.COMMUNITY_PAEDIATRICS);
        assertThat(Therapy.named("Paediatric Audiology")).containsExactly(Therapy.AUDIOLOGY);
        // no therapy of the waiting lists: a mental health service, and words that only contain "ot" or "salt"
        assertThat(Therapy.named("Trafford Child and Adolescent Mental Health Service (CAMHS)"))
                .isEmpty();
        assertThat(Therapy.named("Hot meals and Saltash outreach")).isEmpty();
    }
}
