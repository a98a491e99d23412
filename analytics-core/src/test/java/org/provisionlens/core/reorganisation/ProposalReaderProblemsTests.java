package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.ProposalException.Problem;

class ProposalReaderProblemsTests {

    static final String HEAD = "id: p\nname: P\neffectiveDate: 2027-09-01\nlocalAuthority: E08000009\n";

    /** The messages of the problems the text has. */
    static List<String> problems(String text) {
        ProposalException thrown =
                catchThrowableOfType(ProposalException.class, () -> ProposalReader.read("p.yaml", text));
        assertThat(thrown).as("the reader refuses the text").isNotNull();
        return thrown.problems().stream().map(Problem::message).toList();
    }

    private static List<String> changeProblems(String change) {
        return problems(HEAD + "changes:\n  - " + change.replace("\n", "\n    ") + "\n");
    }

    @Test
    void collectsEveryProblemOfTheFileAndNamesItsPointerValueAndWhatWasExpected() {
        ProposalException thrown =
                catchThrowableOfType(ProposalException.class, () -> ProposalReader.read("cut.yaml", """
                        id: "-bad"
                        name: Cut
                        effectiveDate: 2027-02-30
                        localAuthority: Trafford
                        changes:
                          - type: capacity
                            serviceId: services:S358-RP-COMM
                            percent: thirty
                          - type: close
                            serviceid: services:S358-RP-COMM
                        """));

        assertThat(thrown.problems())
                .containsExactly(
                        new Problem(
                                "cut.yaml",
                                "/id",
                                "\"-bad\"",
                                "letters, digits and hyphens (at most 80), starting with a letter or digit"),
                        new Problem(
                                "cut.yaml",
                                "/effectiveDate",
                                "\"2027-02-30\"",
                                "a date as year-month-day, e.g. 2027-09-01"),
                        new Problem(
                                "cut.yaml",
                                "/localAuthority",
                                "\"Trafford\"",
                                "an ONS local authority code, e.g. E08000009"),
                        new Problem(
                                "cut.yaml",
                                "/changes/0/percent",
                                "\"thirty\"",
                                "a percentage change (-30 is a 30% cut), a number of at least -100"),
                        new Problem(
                                "cut.yaml",
                                "/changes/1/serviceid",
                                "\"serviceid\"",
                                "only the keys type, serviceId here (a key is spelled exactly)"),
                        new Problem("cut.yaml", "/changes/1/serviceId", "no value", "text of at most 2000 characters"));
        assertThat(thrown.getMessage())
                .startsWith("cut.yaml is not a proposal the platform can read (6 problems):\n"
                        + "  - cut.yaml at /id: expected letters, digits and hyphens (at most 80), starting with a letter"
                        + " or digit, found \"-bad\"\n");
    }

    @Test
    void refusesUnknownKeysAtTheTopAndMissingRequiredOnes() {
        assertThat(problems("id: p\nname: P\neffectivedate: 2027-09-01\nchanges: []\n"))
                .containsExactly(
                        "p.yaml at /effectivedate: expected only the keys id, name, description, effectiveDate,"
                                + " localAuthority, changes here (a key is spelled exactly), found \"effectivedate\"",
                        "p.yaml at /effectiveDate: expected a date as year-month-day, e.g. 2027-09-01, found no value",
                        "p.yaml at /localAuthority: expected text of at most 2000 characters, found no value");
    }

    @Test
    void refusesAFileThatIsNotAMappingOrHasNoListOfChanges() {
        assertThat(problems("- just a list"))
                .containsExactly("p.yaml at /: expected a proposal: a mapping with the keys id, name, description,"
                        + " effectiveDate, localAuthority, changes, found a list");
        assertThat(problems(HEAD + "changes: close everything"))
                .containsExactly(
                        "p.yaml at /changes: expected a list of changes (it may be empty: []), found \"close everything\"");
        assertThat(problems(HEAD + "changes: [42, {type: shut}]"))
                .containsExactly(
                        "p.yaml at /changes/0: expected a change: a mapping with a type (close, capacity, merge, open,"
                                + " needsOrAges, eligibility, transport, unitCost), found 42",
                        "p.yaml at /changes/1/type: expected one of the change types close, capacity, merge, open,"
                                + " needsOrAges, eligibility, transport, unitCost, found \"shut\"");
    }

    @Test
    void refusesAMisspeltKeyInAChangeRatherThanIgnoringIt() {
        assertThat(changeProblems("type: capacity\nserviceId: s\npercent: -30\ncapcity: 10"))
                .containsExactly("p.yaml at /changes/0/capcity: expected only the keys type, serviceId, capacity,"
                        + " percent here (a key is spelled exactly), found \"capcity\"");
    }

    @Test
    void capacityTakesEitherPlacesOrAPercentWithinRange() {
        assertThat(changeProblems("type: capacity\nserviceId: s\npercent: -30\ncapacity: 10"))
                .containsExactly("p.yaml at /changes/0: expected either capacity (places or caseload after the change)"
                        + " or percent (-30 is a 30% cut), not both, found both capacity and percent");
        assertThat(changeProblems("type: capacity\nserviceId: s"))
                .containsExactly("p.yaml at /changes/0: expected either capacity (places or caseload after the change)"
                        + " or percent (-30 is a 30% cut), not both, found neither capacity nor percent");
        assertThat(changeProblems("type: capacity\nserviceId: s\npercent: -100.5"))
                .containsExactly("p.yaml at /changes/0/percent: expected a percentage change (-30 is a 30% cut),"
                        + " a number of at least -100, found -100.5");
        assertThat(changeProblems("type: capacity\nserviceId: s\ncapacity: 10.5"))
                .containsExactly(
                        "p.yaml at /changes/0/capacity: expected a whole number from 0 to 1000000, found 10.5");
        assertThat(changeProblems("type: capacity\nserviceId: s\npercent: .nan"))
                .containsExactly("p.yaml at /changes/0/percent: expected a percentage change (-30 is a 30% cut),"
                        + " a number of at least -100, found NaN");
    }

    @Test
    void mergeNamesTwoDifferentServicesAndOneOfThemToMergeInto() {
        assertThat(changeProblems("type: merge\nserviceIds: [a, a, 7]\ninto: b"))
                .containsExactly(
                        "p.yaml at /changes/0/serviceIds/1: expected a service id (text of at most 2000 characters),"
                                + " not repeated, found \"a\"",
                        "p.yaml at /changes/0/serviceIds/2: expected a service id (text of at most 2000 characters),"
                                + " not repeated, found 7",
                        "p.yaml at /changes/0/into: expected one of the serviceIds being merged, found \"b\"");
        assertThat(changeProblems("type: merge\nserviceIds: [a]\ninto: a"))
                .containsExactly("p.yaml at /changes/0/serviceIds: expected a list of at least two different service"
                        + " ids, found a list");
    }

    @Test
    void openNeedsEverythingAServiceIsPlacedAndCostedBy() {
        assertThat(changeProblems("""
                        type: open
                        id: new:x
                        name: X
                        domain: schooling
                        tier: specialist
                        needs: [ASD, AUTISM, asd]
                        minAge: 16
                        maxAge: 11
                        capacity: -1
                        unit: places
                        costPerUnit: 14000
                        latitude: 95
                        longitude: -2.3"""))
                .containsExactly(
                        "p.yaml at /changes/0/domain: expected a domain: education, health, social care or preparation"
                                + " for adulthood, found \"schooling\"",
                        "p.yaml at /changes/0/needs/1: expected the need codes ASD, HI, MLD, MSI, OTH, PD, PMLD, SEMH,"
                                + " SLCN, SLD, SPLD, VI, NSA, found \"AUTISM\"",
                        "p.yaml at /changes/0/maxAge: expected an age of at least minAge (16), found 11",
                        "p.yaml at /changes/0/capacity: expected a whole number from 0 to 1000000, found -1",
                        "p.yaml at /changes/0/costSource: expected where costPerUnit comes from (a demo assumption says"
                                + " so), found no value",
                        "p.yaml at /changes/0/latitude: expected the latitude in degrees (WGS84), a number of at most"
                                + " 90, found 95");
    }

    @Test
    void theOtherChangesSayWhatTheyNeed() {
        assertThat(changeProblems("type: needsOrAges\nserviceId: s"))
                .containsExactly(
                        "p.yaml at /changes/0: expected at least one of needs, minAge and maxAge, found none of"
                                + " needs, minAge and maxAge");
        assertThat(changeProblems("type: needsOrAges\nserviceId: s\nneeds: []\nmaxAge: 26"))
                .containsExactly(
                        "p.yaml at /changes/0/needs: expected a list of at least one of the need codes ASD, HI, MLD,"
                                + " MSI, OTH, PD, PMLD, SEMH, SLCN, SLD, SPLD, VI, NSA, found a list",
                        "p.yaml at /changes/0/maxAge: expected a whole number from 0 to 25, found 26");
        assertThat(changeProblems("type: eligibility\nserviceId: s\nsupportLevels: EHC plan"))
                .containsExactly("p.yaml at /changes/0/supportLevels: expected a list of at least one of the support"
                        + " levels EHC plan, SEN support, found \"EHC plan\"");
        assertThat(changeProblems("type: transport"))
                .containsExactly(
                        "p.yaml at /changes/0: expected at least one of maxMiles and costPerMile, found neither"
                                + " maxMiles nor costPerMile");
        assertThat(changeProblems("type: transport\nmaxMiles: 0\ncostPerMile: -1"))
                .containsExactly(
                        "p.yaml at /changes/0/maxMiles: expected the longest acceptable journey in miles, a number above"
                                + " 0, found 0",
                        "p.yaml at /changes/0/costPerMile: expected what a mile of transport costs in pounds, a number"
                                + " of at least 0, found -1");
        assertThat(changeProblems("type: unitCost\nserviceId: [s]\ncostPerUnit: £1,200"))
                .containsExactly(
                        "p.yaml at /changes/0/serviceId: expected text of at most 2000 characters, found a list",
                        "p.yaml at /changes/0/costPerUnit: expected what a place or caseload slot costs a year in"
                                + " pounds, a number of at least 0, found \"£1,200\"");
    }

    @Test
    void namesTheCodedValuesItTakes() {
        assertThat(changeProblems("""
                        type: open
                        id: "  "
                        name: X
                        domain: health
                        tier: high
                        needs: [ASD]
                        minAge: 0
                        maxAge: 5
                        capacity: 10
                        unit: pupils
                        latitude: 53.4
                        longitude: -181"""))
                .containsExactly(
                        "p.yaml at /changes/0/id: expected text of at most 2000 characters, found \"  \"",
                        "p.yaml at /changes/0/tier: expected a tier: universal, targeted or specialist, found \"high\"",
                        "p.yaml at /changes/0/unit: expected a unit: places, caseload or hours per week, found \"pupils\"",
                        "p.yaml at /changes/0/longitude: expected the longitude in degrees (WGS84), a number of at least"
                                + " -180, found -181");
        assertThat(changeProblems("type: eligibility\nserviceId: s\nsupportLevels: [EHC plan, plan]"))
                .containsExactly(
                        "p.yaml at /changes/0/supportLevels/1: expected the support levels EHC plan, SEN support,"
                                + " found \"plan\"");
    }
}
