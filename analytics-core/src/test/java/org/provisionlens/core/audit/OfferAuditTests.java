package org.provisionlens.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;

class OfferAuditTests {

    private static final LocalDate REVIEW = LocalDate.of(2025, 8, 31);

    /** A listing with nothing missing. */
    private static ServiceBuilder complete(String id, String name) {
        return ServiceBuilder.service(id, name)
                .eligibility("Children with an EHC plan")
                .email("team@example.org")
                .locations(List.of(new ServiceLocation("Base", null, "M33 1AA", 53.4, -2.3)))
                .ages(new AgeRange(5, 18))
                .needs(Set.of(NeedCode.ASD))
                .lastReviewed(LocalDate.of(2025, 3, 1));
    }

    private static final List<Service> OFFER = List.of(
            complete("la:salt", "Speech and language therapy")
                    .domain(Domain.HEALTH)
                    .tier(Tier.TARGETED)
                    .build(),
            complete("la:transport", "Home to school transport")
                    .domain(Domain.EDUCATION)
                    .tier(Tier.UNIVERSAL)
                    .lastReviewed(LocalDate.of(2024, 1, 10))
                    .build(),
            ServiceBuilder.service("la:base", "Autism base")
                    .domain(Domain.EDUCATION)
                    .tier(Tier.SPECIALIST)
                    .build());

    @Test
    void findsEachListingsGaps() {
        AuditResult audit = OfferAudit.audit(OFFER, REVIEW, Map.of());
        // transport last reviewed 10 January 2024, more than 12 months before 31 August 2025
        assertThat(audit.gaps()).containsEntry("la:transport", List.of(ListingGap.NOT_REVIEWED));
        assertThat(audit.gaps().get("la:base"))
                .containsExactly(
                        ListingGap.NO_ELIGIBILITY,
                        ListingGap.NO_CONTACT,
                        ListingGap.NO_LOCATION,
                        ListingGap.NO_AGE_RANGE,
                        ListingGap.NO_NEED_TYPES,
                        ListingGap.NOT_REVIEWED);
        assertThat(audit.gaps()).doesNotContainKey("la:salt");
    }

    @Test
    void scoresEachCategoryByCoverageAndCompleteness() {
        AuditResult audit = OfferAudit.audit(OFFER, REVIEW, Map.of());
        Map<Schedule2Category, AuditResult.CategoryScore> scores = new java.util.EnumMap<>(Schedule2Category.class);
        audit.categories().forEach(score -> scores.put(score.category(), score));
        // health: the therapy, complete: 50 + 50 x 1/1 = 100
        assertThat(scores.get(Schedule2Category.HEALTH_PROVISION).score()).isEqualTo(100);
        // in-area education: transport and the base, neither complete: 50 + 0 = 50
        assertThat(scores.get(Schedule2Category.IN_AREA_PROVISION))
                .isEqualTo(new AuditResult.CategoryScore(Schedule2Category.IN_AREA_PROVISION, 2, 0, 50));
        // transport: the transport listing (50 + 0); complaints: nothing (0)
        assertThat(scores.get(Schedule2Category.TRANSPORT).score()).isEqualTo(50);
        assertThat(scores.get(Schedule2Category.COMPLAINTS).score()).isZero();
    }

    @Test
    void ordersFixesMissingCategoriesFirstThenUnlistedSettingsThenSpecialistListings() {
        AuditResult audit = OfferAudit.audit(
                OFFER, REVIEW, Map.of("Hill House School", 12, "mainstream", 300, "la:salt", 4, "Oak Lodge", 3));
        List<String> fixes = audit.fixes().stream().map(AuditResult.Fix::what).toList();
        // missing categories by importance: assessment (1), complaints (1) ... ; a setting that is a listing's id in
        // its source ("salt") is listed; the generic "mainstream" too is not a listing, so it is named
        assertThat(fixes.get(0))
                .isEqualTo("Add to the offer: Identifying and assessing SEN: how to request an EHC needs assessment;"
                        + " personal budgets");
        assertThat(fixes.get(1))
                .isEqualTo("Add to the offer: Complaints, disagreement resolution, mediation and tribunal appeals");
        assertThat(fixes)
                .contains("List Hill House School in the offer", "List Oak Lodge in the offer")
                .doesNotContain("List la:salt in the offer");
        int hill = fixes.indexOf("List Hill House School in the offer");
        int oak = fixes.indexOf("List Oak Lodge in the offer");
        int base = fixes.indexOf("Complete the listing of Autism base");
        int transport = fixes.indexOf("Complete the listing of Home to school transport");
        assertThat(hill).isLessThan(oak); // 12 children before 3
        assertThat(oak).isLessThan(base);
        assertThat(base).isLessThan(transport); // specialist before universal
        assertThat(audit.fixes().get(0).priority()).isEqualTo(1);
    }
}
