package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.SmallBaselines;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/** The pack over what the impact model really gives, not only over hand-made impacts. */
class EvidencePackOfImpactModelTests {

    /**
     * West: LSOA A at 0, B at 0.1 degree east; East: C at 0.3. School X (ASD, 5-16, 10 places, Good) at 0 with 5
     * children aged 10 from A and 3 aged 12 from B; school Y (ASD and SLD, 5-16, 10 places, 6 used, Requires
     * improvement) at 0.3 with 6 from C. No growth. An independent place £60,000.
     */
    private static Baseline twoSchools() {
        return SmallBaselines.builder()
                .lsoa("A", "W", "West", 0)
                .lsoa("B", "W", "West", 1)
                .lsoa("C", "E", "East", 3)
                .specialSchool("X", Set.of(NeedCode.ASD), 5, 16, 10, 8, 0)
                .specialSchool("Y", Set.of(NeedCode.ASD, NeedCode.SLD), 5, 16, 10, 6, 3)
                .change("X", b -> b.qualityRating("Good"))
                .change("Y", b -> b.qualityRating("Requires improvement"))
                .children("A", NeedCode.ASD, 10, "X", 5)
                .children("B", NeedCode.ASD, 12, "X", 3)
                .children("C", NeedCode.ASD, 12, "Y", 6)
                .transport(25, "2.00")
                .independentPlace("60000")
                .comment("X", "c1", "X is a lifeline")
                .build();
    }

    private static Proposal proposal(List<Change> changes) {
        return new Proposal("p", "P", null, LocalDate.of(2027, 9, 1), "E09999999", changes);
    }

    @Test
    void closingASchoolWorsensSupplyJourneysRangeAndQuality() throws Exception {
        Baseline baseline = twoSchools();
        EvidencePack pack = EvidencePack.of(
                baseline, ImpactModel.evaluate(baseline, proposal(List.of(new Change.CloseService("X")))));

        // Y has 4 places spare for X's 8: 4 move to Y, 4 go out of area
        assertThat(factor(pack, PlacesRules.SUPPLY).finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor(pack, PlacesRules.SUPPLY).reason())
                .contains("4 children must be placed out of area or in independent provision");
        // median journey before 0 minutes (5 of 8 at school X's own LSOA), after 22.2 (2 tenths of a degree)
        assertThat(factor(pack, TravelRule.NAME).finding()).isEqualTo(Finding.WORSENS);
        // 8 must move; the 5 aged 10 are in the last year of primary school
        assertThat(factor(pack, ChildrenRules.TRANSITION).reason())
                .startsWith("8 children must move (0 in exam years, aged 15-16, and 5 in the last year of a phase)");
        // West is left with no school for ASD
        assertThat(factor(pack, ProvisionRules.RANGE).finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor(pack, ProvisionRules.RANGE).reason()).startsWith("West loses ASD");
        // the Good school closes: 10 of 20 rated places good or outstanding before, 0 of 10 after
        assertThat(factor(pack, ProvisionRules.QUALITY).finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor(pack, ViewsRule.NAME).reason())
                .startsWith("There is 1 published comment about the affected services");
        // the example is a cell of one need and age band at LA level (Smallshire), not one of a locality
        assertThat(factor(pack, PlacesRules.SUPPLY).reason())
                .contains("(for example ASD, 5-10, education, specialist, Smallshire: sufficient to insufficient");
        assertThat(pack.caveats())
                .contains(
                        "Every one of the 2 services has a known capacity.",
                        "Every child in the run has a known home area.");
        assertThat(pack.factors()).noneMatch(f -> f.finding() == Finding.IMPROVES);
        assertWellFormed(EvidencePackHtml.render(pack));
    }

    @Test
    void doingNothingThroughTheModelFindsNoChangeAnywhere() throws Exception {
        Baseline baseline = twoSchools();
        EvidencePack pack = EvidencePack.of(baseline, ImpactModel.evaluate(baseline, proposal(List.of())));

        assertThat(pack.factors()).allSatisfy(f -> assertThat(f.finding()).isEqualTo(Finding.NO_CHANGE));
        assertWellFormed(EvidencePackHtml.render(pack));
    }

    private static void assertWellFormed(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        assertThat(factory.newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getLocalName())
                .isEqualTo("html");
    }
}
