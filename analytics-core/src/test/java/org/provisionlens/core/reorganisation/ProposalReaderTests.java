package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

class ProposalReaderTests {

    /** Every change type once, in YAML as an analyst would write it (coded values in words, any case). */
    static final String EVERY_CHANGE_YAML = """
            id: every-change
            name: Every kind of change
            description: |
              One of each, to test the reader.
            effectiveDate: 2027-09-01
            localAuthority: E08000009
            changes:
              - type: close
                serviceId: services:S358-PORTAGE
              - type: capacity
                serviceId: services:S358-RP-COMM
                percent: -30
              - type: capacity
                serviceId: services:S358-RP-LEARN
                capacity: 40
              - type: merge
                serviceIds: [services:S358-OT, services:S358-PHYSIO]
                into: services:S358-OT
                name: Trafford Children's Therapies
              - type: open
                id: new:asd-base
                name: Autism base
                domain: Education
                tier: specialist
                needs: [ASD, slcn]
                minAge: 11
                maxAge: 16
                capacity: 20
                unit: places
                costPerUnit: 14000.50
                costSource: A demo assumption
                latitude: 53.41335
                longitude: -2.42972
                postcode: M31 4BU
              - type: needsOrAges
                serviceId: schools:106167
                maxAge: 16
              - type: eligibility
                serviceId: services:S358-SEMH-OUTREACH
                supportLevels: [EHC plan]
                eligibility: EHC plan naming SEMH
              - type: transport
                maxMiles: 5
              - type: unitCost
                serviceId: services:S358-ISS
                costPerUnit: 61000
            """;

    static final List<Change> EVERY_CHANGE = List.of(
            new Change.CloseService("services:S358-PORTAGE"),
            new Change.ChangeCapacity("services:S358-RP-COMM", null, -30.0),
            new Change.ChangeCapacity("services:S358-RP-LEARN", 40, null),
            new Change.MergeServices(
                    List.of("services:S358-OT", "services:S358-PHYSIO"),
                    "services:S358-OT",
                    "Trafford Children's Therapies",
                    null),
            new Change.OpenService(
                    "new:asd-base",
                    "Autism base",
                    Domain.EDUCATION,
                    Tier.SPECIALIST,
                    Set.of(NeedCode.ASD, NeedCode.SLCN),
                    11,
                    16,
                    20,
                    CapacityUnit.PLACES,
                    new BigDecimal("14000.50"),
                    53.41335,
                    -2.42972,
                    "M31 4BU",
                    "A demo assumption"),
            new Change.ChangeNeedsOrAges("schools:106167", null, null, 16),
            new Change.ChangeEligibility(
                    "services:S358-SEMH-OUTREACH", Set.of(SupportLevel.EHC_PLAN), "EHC plan naming SEMH"),
            new Change.ChangeTransportPolicy(5.0, null),
            new Change.ChangeUnitCost("services:S358-ISS", new BigDecimal("61000")));

    static final Proposal EVERY_CHANGE_PROPOSAL = new Proposal(
            "every-change",
            "Every kind of change",
            "One of each, to test the reader.",
            LocalDate.of(2027, 9, 1),
            "E08000009",
            EVERY_CHANGE);

    @Test
    void readsEveryChangeTypeFromYaml() {
        Proposal proposal = ProposalReader.read("every.yaml", EVERY_CHANGE_YAML);

        assertThat(proposal).isEqualTo(EVERY_CHANGE_PROPOSAL);
        assertThat(ProposalReader.format(EVERY_CHANGE_YAML)).isEqualTo("yaml");
    }

    @Test
    void readsJsonWithTabsAndTheOtherSpellingsOfCodedValues() {
        String json = """
                \uFEFF  {
                \t"id": "json-one", "name": "From JSON", "effectiveDate": "2027-01-04",
                \t"localAuthority": "E08000009",
                \t"changes": [
                \t\t{"type": "open", "id": "new:pfa", "name": "Pathway", "domain": "preparation-for-adulthood",
                \t\t "tier": "Targeted", "needs": ["nsa"], "minAge": 16, "maxAge": 25, "capacity": 12,
                \t\t "unit": "hours a week", "latitude": 53.4, "longitude": -2.3},
                \t\t{"type": "eligibility", "serviceId": "s", "supportLevels": ["SEN support", "ehcp"]},
                \t\t{"type": "transport", "costPerMile": 2.75},
                \t\t{"type": "needsOrAges", "serviceId": "t", "needs": ["SEMH", " semh "], "minAge": 5}
                \t]
                }
                """;

        Proposal proposal = ProposalReader.read("one.json", json);

        assertThat(ProposalReader.format(json)).isEqualTo("json");
        assertThat(proposal.description()).isEmpty();
        assertThat(proposal.changes())
                .containsExactly(
                        new Change.OpenService(
                                "new:pfa",
                                "Pathway",
                                Domain.PREPARATION_FOR_ADULTHOOD,
                                Tier.TARGETED,
                                Set.of(NeedCode.NSA),
                                16,
                                25,
                                12,
                                CapacityUnit.HOURS_PER_WEEK,
                                null,
                                53.4,
                                -2.3,
                                null,
                                null),
                        new Change.ChangeEligibility(
                                "s", Set.of(SupportLevel.SEN_SUPPORT, SupportLevel.EHC_PLAN), null),
                        new Change.ChangeTransportPolicy(null, new BigDecimal("2.75")),
                        new Change.ChangeNeedsOrAges("t", Set.of(NeedCode.SEMH), 5, null));
    }

    @Test
    void readsAProposalWithNoChanges() {
        Proposal proposal = ProposalReader.read(
                "none.yaml",
                "{id: none, name: None, effectiveDate: 2027-09-01, localAuthority: E08000009, changes: []}");

        assertThat(proposal.changes()).isEmpty();
    }

    @Test
    void writesYamlThatReadsBackToAnEqualProposal() {
        String written = ProposalWriter.yaml(EVERY_CHANGE_PROPOSAL);

        assertThat(ProposalReader.read("written.yaml", written)).isEqualTo(EVERY_CHANGE_PROPOSAL);
        assertThat(written)
                .startsWith(
                        "id: every-change\nname: Every kind of change\ndescription: One of each, to test the reader.\n"
                                + "effectiveDate: 2027-09-01\n")
                .contains("  - type: capacity\n    serviceId: services:S358-RP-COMM\n    percent: -30.0\n")
                .contains("    costPerUnit: 14000.50\n")
                .contains("    domain: education\n")
                .contains("    supportLevels:\n      - ehc plan\n");
    }

    @Test
    void roundTripsAFormProposalWithEveryOptionalKeySet() {
        Proposal form = new Proposal(
                "form-1",
                "Built in the form: a name with \"quotes\", a colon: and # a hash",
                "",
                LocalDate.of(2028, 1, 1),
                "E09000033",
                List.of(
                        new Change.MergeServices(List.of("a", "b", "c"), "b", null, 30),
                        new Change.ChangeNeedsOrAges("x", Set.of(NeedCode.PMLD, NeedCode.ASD, NeedCode.VI), 2, 19),
                        new Change.ChangeTransportPolicy(7.5, new BigDecimal("0.95")),
                        new Change.ChangeUnitCost("y", new BigDecimal("0")),
                        new Change.ChangeCapacity("z", null, 12.5)));

        assertThat(ProposalReader.read("form", ProposalWriter.yaml(form))).isEqualTo(form);
    }

    @Test
    void readsAFileByItsPath(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("every.yaml"), EVERY_CHANGE_YAML);

        assertThat(ProposalReader.read(file)).isEqualTo(EVERY_CHANGE_PROPOSAL);
    }
}
