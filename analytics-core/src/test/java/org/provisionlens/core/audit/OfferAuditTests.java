package org.provisionlens.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
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

/**
 * A four-listing offer audited by hand. Each listing is checked for the 12 Open Referral UK fields (8 required, 4
 * recommended); each category scores the share of its elements the listings show.
 */
class OfferAuditTests {

    private static final LocalDate REVIEW = LocalDate.of(2025, 8, 31);

    /** Every required field given; of the recommended ones only the need types (no website, cost or funder). */
    private static ServiceBuilder complete(String id, String name) {
        return ServiceBuilder.service(id, name)
                .description(name + " for children and young people")
                .organisation("Trafford Council")
                .eligibility("Children with an EHC plan")
                .email("team@example.org")
                .locations(List.of(new ServiceLocation("Base", "1 High Street", "M33 1AA", 53.4, -2.3)))
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
                    .build(),
            ServiceBuilder.service("la:brook", "Brook School")
                    .domain(Domain.EDUCATION)
                    .tier(Tier.UNIVERSAL)
                    .email("office@brook.example.org")
                    .website("https://brook.example.org")
                    .build());

    @Test
    void scoresEachListingAgainstTheOpenReferralFields() {
        AuditResult audit = OfferAudit.audit(OFFER, REVIEW, Map.of());

        // 9 of 12 fields: 75; complete (no required field missing); a postal address, so usable offline
        assertThat(audit.listings().get(0))
                .isEqualTo(new ListingCompleteness(
                        "la:salt",
                        "Speech and language therapy",
                        Tier.TARGETED,
                        List.of(ListingField.WEBSITE, ListingField.COST, ListingField.FUNDING),
                        75,
                        true));
        // reviewed 10 January 2024, more than 12 months before 31 August 2025: 8 of 12 = 66.7, so 67
        assertThat(audit.listings().get(1).missing())
                .containsExactly(ListingField.ASSURED, ListingField.WEBSITE, ListingField.COST, ListingField.FUNDING);
        assertThat(audit.listings().get(1).score()).isEqualTo(67);
        assertThat(audit.listings().get(1).complete()).isFalse();
        // the name only: 1 of 12 = 8.3, so 8
        assertThat(audit.listings().get(2).score()).isEqualTo(8);
        // name, email and website: 3 of 12 = 25; required missing first, then recommended
        assertThat(audit.listings().get(3).missing())
                .containsExactly(
                        ListingField.DESCRIPTION,
                        ListingField.ORGANISATION,
                        ListingField.ADDRESS,
                        ListingField.AGE_RANGE,
                        ListingField.ELIGIBILITY,
                        ListingField.ASSURED,
                        ListingField.COST,
                        ListingField.NEED_TYPES,
                        ListingField.FUNDING);
        assertThat(audit.listings().get(3).score()).isEqualTo(25);
    }

    @Test
    void findsTheListingsNoFamilyCanUseWithoutTheInternet() {
        Service phoneOnly = ServiceBuilder.service("la:line", "Helpline")
                .phone("0161 912 2000")
                .build();
        Service postcodeOnly = ServiceBuilder.service("la:pc", "Postcode only")
                .locations(List.of(new ServiceLocation("Hall", null, "M33 1AA", null, null)))
                .build();

        AuditResult audit = OfferAudit.audit(
                List.of(OFFER.get(0), OFFER.get(2), OFFER.get(3), phoneOnly, postcodeOnly), REVIEW, Map.of());

        // the base has nothing; Brook School only an email and a website; a postcode without an address line is no
        // postal address; a phone number alone is enough
        assertThat(audit.withoutOfflineRoute())
                .extracting(ListingCompleteness::serviceId)
                .containsExactly("la:base", "la:brook", "la:pc");
    }

    @Test
    void scoresEachCategoryAsTheShareOfItsElementsMet() {
        AuditResult audit = OfferAudit.audit(OFFER, REVIEW, Map.of());
        Map<Schedule2Category, AuditResult.CategoryScore> scores = new EnumMap<>(Schedule2Category.class);
        audit.categories().forEach(score -> scores.put(score.category(), score));

        // transport: "Home to school transport" shows school transport; post-16 transport, travel training and how
        // to apply are not shown: 1 of 4 = 25, shown by 1 listing, not complete (not reviewed in 12 months)
        assertThat(scores.get(Schedule2Category.TRANSPORT))
                .isEqualTo(new AuditResult.CategoryScore(Schedule2Category.TRANSPORT, 4, 1, 1, 0, 25));
        // health: the therapy only (no CAMHS, paediatrics or nursing): 1 of 4 = 25, its 1 listing complete
        assertThat(scores.get(Schedule2Category.HEALTH_PROVISION))
                .isEqualTo(new AuditResult.CategoryScore(Schedule2Category.HEALTH_PROVISION, 4, 1, 1, 1, 25));
        // eligibility: health's 1 listing states it (met); 1 of 3 education listings does (not met); no social care
        // or adulthood listing (not met): 1 of 4 = 25, shown by salt and transport, of which salt is complete
        assertThat(scores.get(Schedule2Category.ELIGIBILITY_CRITERIA))
                .isEqualTo(new AuditResult.CategoryScore(Schedule2Category.ELIGIBILITY_CRITERIA, 4, 1, 2, 1, 25));
        // an "Autism base" says neither "resourced provision" nor "SEN unit"; Brook School gives only a website
        assertThat(scores.get(Schedule2Category.IN_AREA_PROVISION).score()).isZero();
        assertThat(scores.get(Schedule2Category.PROVIDER_INFORMATION).score()).isZero();
        // the other 10 categories score 0: (25 + 25 + 25) / 13 = 5.8, so 6
        assertThat(audit.overallScore()).isEqualTo(6);
        assertThat(audit.elements()).hasSize(56);
    }

    @Test
    void ordersFixesMissingElementsFirstThenUnlistedSettingsThenSpecialistListings() {
        AuditResult audit = OfferAudit.audit(
                OFFER, REVIEW, Map.of("Hill House School", 12, "mainstream", 300, "la:salt", 4, "Oak Lodge", 3));
        List<String> fixes = audit.fixes().stream().map(AuditResult.Fix::what).toList();

        // every category misses an element: importance 1 (paragraphs 4, 9, 11) first; then settings; then listings
        assertThat(fixes.subList(0, 3))
                .containsExactly(
                        "Add to the offer: Identifying and assessing SEN: how to request an EHC needs assessment;"
                                + " personal budgets",
                        "Add to the offer: Transport arrangements and how to request them",
                        "Add to the offer: Complaints, disagreement resolution, mediation and tribunal appeals");
        assertThat(audit.fixes().get(1).why())
                .isEqualTo("Schedule 2 paragraph 9: no listing shows Travel assistance for post-16 students (the"
                        + " transport policy statement); Independent travel training; How to apply for travel"
                        + " assistance");
        // 13 categories, then the unlisted settings (most children first; "salt" is a listing's id in its source),
        // then the specialist base, then Brook School (6 required fields missing) before transport (1)
        assertThat(fixes.subList(13, fixes.size()))
                .containsExactly(
                        "List mainstream in the offer",
                        "List Hill House School in the offer",
                        "List Oak Lodge in the offer",
                        "Complete the listing of Autism base",
                        "Complete the listing of Brook School",
                        "Complete the listing of Home to school transport");
        assertThat(audit.fixes().get(17).why())
                .isEqualTo(
                        "missing description, organisation, address and postcode, age range, eligibility, reviewed in"
                                + " the last 12 months; no phone number or postal address, so it cannot be used without the"
                                + " internet");
        assertThat(audit.fixes().get(0).priority()).isEqualTo(1);
    }
}
