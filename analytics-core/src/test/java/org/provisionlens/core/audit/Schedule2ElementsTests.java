package org.provisionlens.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;

/**
 * Each element of the table with a listing that shows it and listings that come near but do not: the wrong domain,
 * tier or side of the area boundary, a lone word, or (for the "every listing" elements) one listing of two silent.
 */
class Schedule2ElementsTests {

    private static final Domain EDU = Domain.EDUCATION;
    private static final Domain HEALTH = Domain.HEALTH;
    private static final Domain CARE = Domain.SOCIAL_CARE;
    private static final Domain PFA = Domain.PREPARATION_FOR_ADULTHOOD;

    private static int ids;

    /** An in-area listing of the domain and tier whose description is {@code text}. */
    static Service listing(Domain domain, Tier tier, String text) {
        return builder(domain, tier, text).build();
    }

    static ServiceBuilder builder(Domain domain, Tier tier, String text) {
        ids++;
        return ServiceBuilder.service("t:" + ids, "Listing " + ids)
                .domain(domain)
                .tier(tier)
                .inArea(true)
                .description(text);
    }

    static Service outside(Domain domain, Tier tier, String text) {
        return builder(domain, tier, text).inArea(false).build();
    }

    static Service forNeeds(String text) {
        return builder(null, null, text).needs(Set.of(NeedCode.ASD)).build();
    }

    static Service eligible(Domain domain, String eligibility) {
        return builder(domain, Tier.SPECIALIST, "A service")
                .eligibility(eligibility)
                .build();
    }

    static Service websiteOnly(Domain domain) {
        ids++;
        return ServiceBuilder.service("t:" + ids, "Brook School")
                .domain(domain)
                .tier(Tier.UNIVERSAL)
                .inArea(true)
                .website("https://brook.example.org")
                .build();
    }

    /** element code, the listings that meet it, the listings that must not. */
    static Map<String, List<List<Service>>> cases() {
        Map<String, List<List<Service>>> c = new LinkedHashMap<>();
        c.put(
                "early-years",
                List.of(
                        List.of(listing(EDU, Tier.TARGETED, "Portage home visiting for pre-school children")),
                        List.of(listing(HEALTH, Tier.TARGETED, "Health visiting for pre-school children"))));
        c.put(
                "mainstream-schools",
                List.of(
                        List.of(builder(EDU, Tier.UNIVERSAL, null)
                                .categories(List.of("Academies"))
                                .build()),
                        List.of(websiteOnly(EDU))));
        c.put(
                "units-and-resourced",
                List.of(
                        List.of(listing(EDU, Tier.SPECIALIST, "Places in resourced provision")),
                        List.of(listing(EDU, Tier.UNIVERSAL, "Resourced provision"))));
        c.put(
                "special-schools",
                List.of(
                        List.of(builder(EDU, Tier.SPECIALIST, null)
                                .categories(List.of("Special schools"))
                                .build()),
                        List.of(outside(EDU, Tier.SPECIALIST, "Special school places"))));
        c.put(
                "post-16",
                List.of(
                        List.of(listing(EDU, Tier.UNIVERSAL, "Sixth form college")),
                        List.of(listing(HEALTH, Tier.TARGETED, "Physiotherapy at Trafford College"))));
        c.put(
                "pru-and-ap",
                List.of(
                        List.of(listing(EDU, Tier.SPECIALIST, "A pupil referral unit")),
                        List.of(listing(CARE, Tier.SPECIALIST, "Alternative provision"))));
        c.put(
                "out-of-area-placements",
                List.of(
                        List.of(outside(EDU, Tier.SPECIALIST, "Places")),
                        List.of(listing(EDU, Tier.SPECIALIST, "Places"), outside(EDU, Tier.UNIVERSAL, "Places"))));
        c.put(
                "independent-special",
                List.of(
                        List.of(outside(EDU, Tier.SPECIALIST, "Independent and non-maintained special school places")),
                        List.of(listing(
                                EDU, Tier.SPECIALIST, "Independent and non-maintained special school places"))));
        c.put(
                "specialist-post-16-outside",
                List.of(
                        List.of(outside(EDU, Tier.SPECIALIST, "Specialist college places")),
                        List.of(outside(EDU, Tier.SPECIALIST, "Independent special school places"))));
        c.put(
                "mainstream-sen-provision",
                List.of(
                        List.of(listing(EDU, Tier.TARGETED, "Outreach for pupils on SEN support")),
                        List.of(listing(EDU, Tier.UNIVERSAL, "A mainstream school"))));
        c.put(
                "special-and-specialist-post-16",
                List.of(
                        List.of(listing(EDU, Tier.SPECIALIST, "Maintained special school")),
                        List.of(listing(EDU, Tier.UNIVERSAL, "Special school"))));
        c.put(
                "la-secured-provision",
                List.of(
                        List.of(listing(EDU, Tier.TARGETED, "SEMH outreach team")),
                        List.of(listing(EDU, Tier.UNIVERSAL, "Outreach"))));
        c.put(
                "funding",
                List.of(
                        List.of(listing(null, null, "How we use high needs funding and top-up funding")),
                        List.of(listing(EDU, Tier.SPECIALIST, "Funded by the council"))));
        c.put(
                "identifying-sen",
                List.of(
                        List.of(listing(null, null, "How schools identify special educational needs")),
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Assessment and therapy for speech"))));
        c.put(
                "request-ehc-assessment",
                List.of(
                        List.of(listing(null, null, "How to request an EHC needs assessment")),
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Autism needs assessment"))));
        c.put(
                "personal-budgets",
                List.of(
                        List.of(listing(null, null, "Personal budgets and direct payments")),
                        List.of(listing(null, null, "Budget advice for families"))));
        everyEducationProvider(c, "approach-to-teaching", "Our approach to teaching");
        everyEducationProvider(c, "adapting-curriculum", "We adapt the curriculum");
        everyEducationProvider(c, "additional-support", "Teaching assistants in every class");
        everyEducationProvider(c, "progress-reviewed", "Progress is assessed each term");
        everyEducationProvider(c, "effectiveness", "We evaluate the effectiveness of our provision");
        everyEducationProvider(c, "facilities", "Wheelchair accessible building and a hydrotherapy pool");
        everyEducationProvider(c, "beyond-the-curriculum", "Extra-curricular clubs");
        everyEducationProvider(c, "emotional-social", "Pastoral support");
        everyEducationProvider(c, "staff-expertise", "Staff training in autism");
        c.put(
                "therapies",
                List.of(
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Speech and language therapy")),
                        List.of(listing(CARE, Tier.SPECIALIST, "Speech and language therapy"))));
        c.put(
                "mental-health",
                List.of(
                        List.of(listing(HEALTH, Tier.SPECIALIST, "CAMHS")),
                        List.of(listing(EDU, Tier.TARGETED, "Mental health in schools"))));
        c.put(
                "community-paediatrics",
                List.of(
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Community paediatrics")),
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Physiotherapy"))));
        c.put(
                "nursing-and-continuing-care",
                List.of(
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Special school nursing")),
                        List.of(listing(HEALTH, Tier.TARGETED, "Nursery visits"))));
        c.put(
                "section-17",
                List.of(
                        List.of(listing(CARE, Tier.SPECIALIST, "Assessment under section 17 of the Children Act 1989")),
                        List.of(listing(CARE, Tier.SPECIALIST, "After-school short breaks for disabled children"))));
        c.put(
                "short-breaks",
                List.of(
                        List.of(listing(CARE, Tier.SPECIALIST, "After-school short breaks for disabled children")),
                        List.of(listing(HEALTH, Tier.SPECIALIST, "Short breaks"))));
        c.put(
                "transition-to-adult-services",
                List.of(
                        List.of(listing(CARE, Tier.SPECIALIST, "Transition to adult social care")),
                        List.of(listing(EDU, Tier.UNIVERSAL, "Transition to secondary school"))));
        c.put(
                "independent-living-support",
                List.of(
                        List.of(listing(PFA, Tier.SPECIALIST, "Supported living")),
                        List.of(listing(EDU, Tier.TARGETED, "Independent living skills"))));
        c.put(
                "care-act-information",
                List.of(
                        List.of(listing(null, null, "Information and advice under the Care Act 2014")),
                        List.of(listing(CARE, Tier.SPECIALIST, "Adult care information"))));
        c.put(
                "employment",
                List.of(
                        List.of(listing(PFA, Tier.SPECIALIST, "Supported internships")),
                        List.of(listing(PFA, Tier.SPECIALIST, "Employment advice"))));
        c.put(
                "housing-and-independent-living",
                List.of(List.of(listing(null, null, "Supported housing")), List.of(listing(null, null, "Housing"))));
        c.put(
                "community-participation",
                List.of(
                        List.of(listing(null, null, "Friendship groups")),
                        List.of(listing(null, null, "Community centre"))));
        c.put(
                "good-health-in-adulthood",
                List.of(
                        List.of(listing(null, null, "Moving to adult health services")),
                        List.of(listing(HEALTH, Tier.UNIVERSAL, "Health checks"))));
        c.put(
                "school-transport",
                List.of(
                        List.of(listing(null, null, "Home to school transport")),
                        List.of(listing(null, null, "Transport to activities"))));
        c.put(
                "post-16-transport",
                List.of(
                        List.of(listing(null, null, "Our post-16 transport policy statement")),
                        List.of(listing(null, null, "Home to school transport"))));
        c.put(
                "travel-training",
                List.of(
                        List.of(listing(null, null, "Independent travel training")),
                        List.of(listing(null, null, "Travel to school"))));
        c.put(
                "how-to-request-transport",
                List.of(
                        List.of(listing(null, null, "How to apply for travel assistance")),
                        List.of(listing(null, null, "Travel assistance"))));
        c.put("ias-service", List.of(List.of(listing(null, null, "Trafford SENDIASS")), List.of(leisure())));
        c.put(
                "parent-carer-forum",
                List.of(List.of(listing(null, null, "Trafford Parent Carer Forum")), List.of(leisure())));
        c.put(
                "support-groups",
                List.of(List.of(listing(null, null, "Autism support group for parents")), List.of(leisure())));
        c.put(
                "childcare",
                List.of(
                        List.of(forNeeds("Inclusive childcare")),
                        List.of(listing(null, null, "Childcare"), leisure())));
        c.put(
                "leisure",
                List.of(
                        List.of(forNeeds("Inclusive leisure activities and swimming")),
                        List.of(listing(null, null, "Leisure centre swimming"), forNeeds("Leisure"))));
        c.put(
                "complaints",
                List.of(
                        List.of(listing(null, null, "How to complain")),
                        List.of(listing(null, null, "We welcome feedback and complaints"))));
        c.put(
                "disagreement-resolution",
                List.of(
                        List.of(listing(null, null, "Disagreement resolution service")),
                        List.of(listing(null, null, "Mediation"))));
        c.put(
                "mediation",
                List.of(
                        List.of(listing(null, null, "SEND mediation")),
                        List.of(listing(null, null, "Meditation classes"))));
        c.put(
                "tribunal-appeals",
                List.of(
                        List.of(listing(null, null, "Appeals to the First-tier Tribunal")),
                        List.of(listing(null, null, "Complaints procedure"))));
        everyListingOfDomain(c, "education-eligibility", EDU);
        everyListingOfDomain(c, "health-eligibility", HEALTH);
        everyListingOfDomain(c, "social-care-eligibility", CARE);
        everyListingOfDomain(c, "adulthood-eligibility", PFA);
        c.put(
                "accessibility-strategy",
                List.of(
                        List.of(listing(null, null, "Our accessibility strategy")),
                        List.of(listing(null, null, "Accessible building"))));
        return c;
    }

    private static Service leisure() {
        return listing(null, null, "Leisure");
    }

    private static void everyEducationProvider(Map<String, List<List<Service>>> c, String code, String text) {
        c.put(
                code,
                List.of(
                        List.of(listing(EDU, Tier.UNIVERSAL, text), listing(HEALTH, Tier.SPECIALIST, "Physiotherapy")),
                        List.of(listing(EDU, Tier.UNIVERSAL, text), websiteOnly(EDU))));
    }

    private static void everyListingOfDomain(Map<String, List<List<Service>>> c, String code, Domain domain) {
        c.put(
                code,
                List.of(
                        List.of(eligible(domain, "EHC plan"), eligible(domain, "Referral by a GP")),
                        List.of(eligible(domain, "EHC plan"), eligible(domain, null))));
    }

    static Stream<Arguments> elements() {
        return cases().entrySet().stream()
                .map(e -> Arguments.of(
                        e.getKey(), e.getValue().get(0), e.getValue().get(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void anElementIsMetByWhatStatesItAndNotByWhatComesNear(
            String code, List<Service> meeting, List<Service> notMeeting) {
        Schedule2Element element = element(code);

        assertThat(ElementResult.check(element, meeting).met())
                .as("%s met", code)
                .isTrue();
        assertThat(ElementResult.check(element, notMeeting).met())
                .as("%s not met", code)
                .isFalse();
        if (element.listings() == Schedule2Element.Listings.ANY) {
            for (Service each : notMeeting) {
                assertThat(ElementResult.check(element, List.of(each)).met())
                        .as("%s not met by %s", code, each.description())
                        .isFalse();
            }
        }
    }

    @Test
    void everyElementOfTheTableHasItsCase() {
        assertThat(cases().keySet())
                .containsExactlyElementsOf(Schedule2Elements.all().stream()
                        .map(Schedule2Element::code)
                        .toList());
        // 6 + 3 + 4 + 3 + 9 + 4 + 5 + 4 + 4 + 5 + 4 + 4 + 1 elements, paragraphs 1 to 13
        assertThat(Schedule2Elements.all()).hasSize(56);
        for (Schedule2Category category : Schedule2Category.values()) {
            assertThat(Schedule2Elements.of(category)).as(category.name()).isNotEmpty();
        }
    }

    @Test
    void aLeisureMentionPassesNoElementOfParagraph10() {
        List<Service> leisure = List.of(
                listing(null, null, "Trafford leisure centre"),
                forNeeds("Leisure"),
                builder(EDU, Tier.UNIVERSAL, "Leisure")
                        .categories(List.of("Leisure"))
                        .build());

        assertThat(Schedule2Elements.of(Schedule2Category.INFORMATION_ADVICE_SUPPORT))
                .hasSize(5)
                .allSatisfy(e -> assertThat(ElementResult.check(e, leisure).met())
                        .as(e.code())
                        .isFalse());
    }

    @Test
    void anEducationListingWithOnlyAWebsitePassesNoElementOfParagraph5() {
        List<Service> schools = List.of(websiteOnly(EDU));

        assertThat(Schedule2Elements.of(Schedule2Category.PROVIDER_INFORMATION))
                .hasSize(9)
                .allSatisfy(e -> {
                    ElementResult result = ElementResult.check(e, schools);
                    assertThat(result.met()).as(e.code()).isFalse();
                    assertThat(result.summary()).isEqualTo("0 of 1 listings show it");
                });
    }

    @Test
    void givesTheEvidenceOfAMetElement() {
        Service breaks = ServiceBuilder.service("la:sb", "Trafford Breaks")
                .domain(CARE)
                .description("After-school, weekend and holiday short breaks for disabled children")
                .build();

        ElementResult result = ElementResult.check(element("short-breaks"), List.of(breaks));

        assertThat(result.evidence())
                .containsExactly(new Evidence("la:sb", "Trafford Breaks", "description", "short break"));
        assertThat(result.evidence().get(0).text())
                .isEqualTo("Trafford Breaks (la:sb): description says \u201cshort break\u201d");
        assertThat(result.summary()).isEqualTo("1 listing shows it");
    }

    @Test
    void writesEachRuleInPlainEnglish() {
        assertThat(element("out-of-area-placements").ruleText())
                .isEqualTo("an education, specialist listing outside the area");
        assertThat(element("health-eligibility").ruleText())
                .isEqualTo("every health listing states its eligibility criteria");
        assertThat(element("mediation").ruleText()).isEqualTo("a listing that says \u201cmediation\u201d");
    }

    @Test
    void refusesARuleThatALoneGenericWordOrADomainAloneWouldSatisfy() {
        assertThatThrownBy(() -> new Schedule2Element(
                        Schedule2Category.INFORMATION_ADVICE_SUPPORT,
                        "leisure",
                        "Leisure",
                        Schedule2Element.Listings.ANY,
                        Set.of(),
                        Set.of(),
                        null,
                        false,
                        Schedule2Element.Field.TEXT,
                        List.of("Leisure")))
                .hasMessageContaining("says nothing on its own");
        assertThatThrownBy(() -> new Schedule2Element(
                        Schedule2Category.PROVIDER_INFORMATION,
                        "any-education",
                        "Any education listing",
                        Schedule2Element.Listings.ANY,
                        Set.of(EDU),
                        Set.of(),
                        null,
                        false,
                        Schedule2Element.Field.TEXT,
                        List.of()))
                .hasMessageContaining("must name a domain and a tier");
    }

    static Schedule2Element element(String code) {
        return Schedule2Elements.all().stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
