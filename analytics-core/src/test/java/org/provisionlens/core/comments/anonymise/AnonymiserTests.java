package org.provisionlens.core.comments.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymiserTests {

    private final Anonymiser anonymiser = new Anonymiser();

    private String text(String comment) {
        return anonymiser.anonymise(comment).text();
    }

    @Test
    void replacesTheBriefsExample() {
        Anonymised result = anonymiser.anonymise(
                "My son Jack (DOB 03/04/2014) has waited 14 months for SALT at Oakfield, call me on 07700 900123");
        assertThat(result.text())
                .isEqualTo("My son [CHILD 1] (DOB [DATE OF BIRTH 1]) has waited 14 months for SALT at"
                        + " Oakfield, call me on [PHONE 1]");
        assertThat(result.replacements())
                .containsExactly(
                        new Replacement(EntityType.CHILD, 7, 11, "[CHILD 1]"),
                        new Replacement(EntityType.DATE_OF_BIRTH, 17, 27, "[DATE OF BIRTH 1]"),
                        new Replacement(EntityType.PHONE, 83, 95, "[PHONE 1]"));
        assertThat(result.uncertain()).isFalse();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void numbersPlaceholdersConsistentlyWithinAComment() {
        assertThat(text("Jack at Oakfield hates PE. My daughter Amelia loves it. Jack's teacher Mrs Patel says Jack"
                        + " needs a break, Mrs Patel told Amelia."))
                .isEqualTo("[CHILD 1] at [SCHOOL 1] hates PE. My daughter [CHILD 2] loves it. [CHILD 1]'s teacher"
                        + " Mrs [NAME 1] says [CHILD 1] needs a break, Mrs [NAME 1] told [CHILD 2].");
    }

    @Test
    void findsEmailsHandlesAndPersonalUrlsButKeepsServiceUrls() {
        assertThat(text("Email jo.b@example.org, follow @sendmum_manc or facebook.com/jane.smith; see"
                        + " https://www.trafford.gov.uk/send"))
                .isEqualTo("Email [EMAIL 1], follow [HANDLE 1] or [URL 1]; see https://www.trafford.gov.uk/send");
    }

    @Test
    void findsUkPhoneNumbersInTheirUsualShapes() {
        assertThat(text("Ring 0161 496 0734, (0113) 496 0187, +44 7700 900672 or 07700900556."))
                .isEqualTo("Ring [PHONE 1], [PHONE 2], [PHONE 3] or [PHONE 4].");
    }

    @Test
    void findsPostcodesInEveryFormatWithOrWithoutTheSpaceInAnyCase() {
        assertThat(text("M1 1AE, B33 8TH, W1A 0AX, CR2 6XH, DN55 1PT, EC1A 1BB, m337xr, wa14 1ab"))
                .isEqualTo("[POSTCODE 1], [POSTCODE 2], [POSTCODE 3], [POSTCODE 4], [POSTCODE 5], [POSTCODE 6],"
                        + " [POSTCODE 7], [POSTCODE 8]");
        assertThat(text("Key Stage 2, Year 7, 3rd floor")).isEqualTo("Key Stage 2, Year 7, 3rd floor");
    }

    @Test
    void replacesNhsNumbersOnlyWithAValidCheckDigit() {
        assertThat(text("NHS 943 476 5919 and 943-476-5919 and 9434765919"))
                .isEqualTo("NHS [NHS NUMBER 1] and [NHS NUMBER 1] and [NHS NUMBER 1]");
        Anonymised invalid = anonymiser.anonymise("NHS 943 476 5918");
        assertThat(invalid.text()).isEqualTo("NHS 943 476 5918");
        assertThat(invalid.reasons()).containsExactly(UncertaintyReason.LONG_DIGIT_STRING);
    }

    @Test
    void replacesNiNumbersOnlyWithAnAllocatablePrefix() {
        assertThat(text("NI AB123456C, JG 10 37 59 A")).isEqualTo("NI [NI NUMBER 1], [NI NUMBER 2]");
        assertThat(text("Code GB123456A")).isEqualTo("Code GB123456A");
    }

    @Test
    void replacesDatesOfBirthAndAgesButNotDurationsOrSchoolYears() {
        assertThat(text("He was born on 3 April 2014. DOB: 21/11/2012. He is 7 and my 12 year old is in Year 7."))
                .isEqualTo("He was born on [DATE OF BIRTH 1]. DOB: [DATE OF BIRTH 2]. He is [AGE 1] and my [AGE 2]"
                        + " is in Year 7.");
        assertThat(text("We waited 14 months, then for 2 years, and a meeting on 12 March 2024."))
                .isEqualTo("We waited 14 months, then for 2 years, and a meeting on 12 March 2024.");
    }

    @Test
    void replacesStreetAddresses() {
        assertThat(text("We live at 12 Acacia Avenue. Post to Flat 3, 14 High Street please."))
                .isEqualTo("We live at [ADDRESS 1]. Post to [ADDRESS 2] please.");
    }

    @Test
    void replacesCaseReferences() {
        assertThat(text("Plan EHCP-2023-0457, case ref 123456, file SEN/2019/3312."))
                .isEqualTo("Plan [CASE REF 1], case ref [CASE REF 2], file [CASE REF 3].");
    }

    @Test
    void tellsChildrenFromOtherPeople() {
        assertThat(text("Thank you to Sarah from the SEND team. My grandson Alfie goes to St Mary's."))
                .isEqualTo("Thank you to [NAME 1] from the SEND team. My grandson [CHILD 1] goes to [SCHOOL 1].");
        assertThat(text("Our caseworker Mr Hughes and her SENCO, Ms Kowalski, spoke to Joanne Walker."))
                .isEqualTo("Our caseworker Mr [NAME 1] and her SENCO, Ms [NAME 2], spoke to [NAME 3].");
    }

    @Test
    void leavesAllowListedNamesAlone() {
        List<String> untouched = List.of(
                "Down syndrome support at the Rose Garden Centre in March was good.",
                "Sale High School and Grace Academy are full. May half term was busy.",
                "Dr Barnardo's, SENDIASS, CAMHS, SALT, OT and Portage all helped in Trafford and Manchester.",
                "Will the council answer? Hope so. Grace and patience are running out.");
        for (String comment : untouched) {
            Anonymised result = anonymiser.anonymise(comment);
            assertThat(result.text()).isEqualTo(comment);
            assertThat(result.uncertain()).isFalse();
        }
    }

    @Test
    void aStrongCueOverrulesAnAllowListedWordThatIsAlsoAName() {
        assertThat(text("My daughter May starts in May.")).isEqualTo("My daughter [CHILD 1] starts in May.");
    }

    @Test
    void holdsForReviewAnUnknownNameAfterACue() {
        Anonymised result = anonymiser.anonymise("Her SENCO, Mrs Qwertyuiop, never replied.");
        assertThat(result.text()).isEqualTo("Her SENCO, Mrs [NAME 1], never replied.");
        assertThat(result.uncertain()).isTrue();
        assertThat(result.reasons()).containsExactly(UncertaintyReason.UNKNOWN_NAME_AFTER_CUE);
    }

    @Test
    void holdsForReviewWhatTheDetectorsLeftBehind() {
        assertThat(anonymiser.anonymise("Ref 1234 5678 901").reasons())
                .containsExactly(UncertaintyReason.LONG_DIGIT_STRING);
        assertThat(anonymiser
                        .anonymise("write to me at jane at example dot org @ home")
                        .reasons())
                .containsExactly(UncertaintyReason.AT_SIGN_REMAINS);
        assertThat(anonymiser.anonymise("see janes-blog.com/our-story").reasons())
                .isEmpty();
        assertThat(anonymiser.anonymise("see https://janes-blog.com/our-story").reasons())
                .containsExactly(UncertaintyReason.UNKNOWN_URL_KEPT);
    }

    @Test
    void anonymisedResultsRequireReasonsExactlyWhenUncertain() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Anonymised("x", List.of(), true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
