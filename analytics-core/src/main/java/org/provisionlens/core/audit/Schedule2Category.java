package org.provisionlens.core.audit;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;

/**
 * The Schedule 2 categories a Local Offer must cover, each with the rule that says whether a listing covers it, and
 * an importance (1 most important) that orders the fixes: the statutory routes families most need first.
 */
public enum Schedule2Category {
    IN_AREA_PROVISION(
            1,
            3,
            "Special educational and training provision in the area",
            s -> s.domain() == Domain.EDUCATION && !Boolean.FALSE.equals(s.inArea())),
    OUT_OF_AREA_PROVISION(
            2,
            2,
            "Provision outside the area that children and young people are likely to use",
            s -> Boolean.FALSE.equals(s.inArea())),
    SCHOOLS_AND_POST_16(
            3,
            4,
            "Mainstream, special and post-16 provision, and how SEN provision is funded",
            s -> mentions(s, "school", "college", "post-16", "sixth form", "academy")),
    ASSESSMENT_AND_PERSONAL_BUDGETS(
            4,
            1,
            "Identifying and assessing SEN: how to request an EHC needs assessment; personal budgets",
            s -> mentions(s, "ehc needs assessment", "needs assessment", "request an assessment", "personal budget")),
    PROVIDER_INFORMATION(
            5,
            6,
            "Each provider's approach: teaching, curriculum, support, progress, staff expertise",
            s -> s.domain() == Domain.EDUCATION && (s.website() != null || s.description() != null)),
    HEALTH_PROVISION(
            6, 2, "Health provision: therapies, CAMHS, community paediatrics", s -> s.domain() == Domain.HEALTH),
    SOCIAL_CARE_PROVISION(
            7,
            2,
            "Social care provision: short breaks, transition to adult services",
            s -> s.domain() == Domain.SOCIAL_CARE || mentions(s, "short break", "respite")),
    PREPARATION_FOR_ADULTHOOD(
            8,
            3,
            "Preparation for adulthood and independent living",
            s -> s.domain() == Domain.PREPARATION_FOR_ADULTHOOD
                    || mentions(s, "supported internship", "apprenticeship", "independent living", "employment")),
    TRANSPORT(
            9,
            1,
            "Transport arrangements and how to request them",
            s -> mentions(s, "transport", "travel assistance", "travel training", "home to school")),
    INFORMATION_ADVICE_SUPPORT(
            10,
            2,
            "Information, advice and support; parent carer forums; childcare; leisure",
            s -> mentions(
                    s,
                    "sendiass",
                    "information, advice and support",
                    "information advice and support",
                    "parent carer forum",
                    "support group",
                    "childcare",
                    "leisure")),
    COMPLAINTS(
            11,
            1,
            "Complaints, disagreement resolution, mediation and tribunal appeals",
            s -> mentions(s, "complaint", "mediation", "disagreement resolution", "tribunal")),
    ELIGIBILITY_CRITERIA(
            12,
            3,
            "Eligibility criteria for the provision in the offer",
            s -> s.eligibility() != null && !s.eligibility().isBlank()),
    ACCESSIBILITY_STRATEGY(
            13,
            4,
            "Where the accessibility strategy can be found",
            s -> mentions(s, "accessibility strategy", "accessibility plan"));

    private final int paragraph;
    private final int importance;
    private final String label;
    private final Predicate<Service> covers;

    Schedule2Category(int paragraph, int importance, String label, Predicate<Service> covers) {
        this.paragraph = paragraph;
        this.importance = importance;
        this.label = label;
        this.covers = covers;
    }

    /** The paragraph of Schedule 2 (numbering from the domain brief; paragraphs 4 and 6-13 paraphrased). */
    public int paragraph() {
        return paragraph;
    }

    /** 1 = the most important to fix when missing. */
    public int importance() {
        return importance;
    }

    public String label() {
        return label;
    }

    public boolean coveredBy(Service service) {
        return covers.test(service);
    }

    static boolean mentions(Service service, String... phrases) {
        String text = String.join(
                        " ",
                        nullToEmpty(service.name()),
                        nullToEmpty(service.description()),
                        String.join(" ", service.categories()),
                        nullToEmpty(service.eligibility()))
                .toLowerCase(Locale.ROOT);
        return List.of(phrases).stream().anyMatch(text::contains);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
