package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;

/** The proposal form's fields become the core's changes, or errors naming the field to put right. */
class ProposalFormTests {

    @Test
    void buildsEveryKindOfChange() {
        ProposalForm form = form();
        form.getChanges().get(0).setKind("open");
        form.getChanges().get(0).setName("Sale Autism Base");
        form.getChanges().get(0).setNeeds("ASD, slcn");
        form.getChanges().get(0).setMinAge(5);
        form.getChanges().get(0).setMaxAge(11);
        form.getChanges().get(0).setPlaces(12);
        form.getChanges().get(0).setCost(new BigDecimal("18000"));
        form.getChanges().get(0).setLatitude(53.42);
        form.getChanges().get(0).setLongitude(-2.32);
        form.getChanges().get(1).setKind("eligibility");
        form.getChanges().get(1).setServiceId("svc-alpha");
        form.getChanges().get(1).setEligibility("ehc");
        form.getChanges().get(2).setKind("transport");
        form.getChanges().get(2).setMaxMiles(8.0);
        Map<String, String> errors = ProposalForm.newErrors();
        Proposal proposal = form.proposal("E08000009", errors);
        assertThat(errors).isEmpty();
        Change.OpenService open = (Change.OpenService) proposal.changes().get(0);
        assertThat(open.serviceId()).isEqualTo("new-sale-autism-base");
        assertThat(open.needs()).containsExactlyInAnyOrder(NeedCode.ASD, NeedCode.SLCN);
        assertThat(open.capacity()).isEqualTo(12);
        assertThat(proposal.changes().get(1))
                .isEqualTo(new Change.ChangeEligibility("svc-alpha", Set.of(SupportLevel.EHC_PLAN), "EHC plans only"));
        assertThat(proposal.changes().get(2)).isEqualTo(new Change.ChangeTransportPolicy(8.0, null));
        assertThat(proposal.effectiveDate()).hasToString("2026-09-01");
    }

    @Test
    void namesTheFieldOfEachProblem() {
        ProposalForm form = form();
        form.setDay(31);
        form.setMonth(2); // 31 February
        form.getChanges().get(0).setKind("open");
        form.getChanges().get(0).setName("Base");
        form.getChanges().get(0).setNeeds("AUTISM");
        form.getChanges().get(1).setKind("capacity");
        form.getChanges().get(1).setServiceId("svc-alpha"); // neither places nor percent
        Map<String, String> errors = ProposalForm.newErrors();
        assertThat(form.proposal("E08000009", errors)).isNull();
        assertThat(errors).containsOnlyKeys("day", "changes[0].needs", "changes[1].kind");
        assertThat(errors.get("changes[0].needs")).contains("AUTISM is not");
        assertThat(errors.get("changes[1].kind")).contains("Change 2", "either capacity or percent");
    }

    private static ProposalForm form() {
        ProposalForm form = new ProposalForm();
        form.setId("base-and-transport");
        form.setName("Open a base, tighten transport");
        form.setDay(1);
        form.setMonth(9);
        form.setYear(2026);
        return form;
    }
}
