package org.provisionlens.core.audit;

/**
 * The Schedule 2 categories a Local Offer must cover (SEND Regulations 2014, reg 53), each with an importance (1 most
 * important) that orders the fixes: the statutory routes families most need first. What each category requires is a
 * list of {@link Schedule2Element}s.
 */
public enum Schedule2Category {
    IN_AREA_PROVISION(1, 3, "Special educational and training provision in the area"),
    OUT_OF_AREA_PROVISION(2, 2, "Provision outside the area that children and young people are likely to use"),
    SCHOOLS_AND_POST_16(3, 4, "Mainstream, special and post-16 provision, and how SEN provision is funded"),
    ASSESSMENT_AND_PERSONAL_BUDGETS(
            4, 1, "Identifying and assessing SEN: how to request an EHC needs assessment; personal budgets"),
    PROVIDER_INFORMATION(5, 6, "Each provider's approach: teaching, curriculum, support, progress, staff expertise"),
    HEALTH_PROVISION(6, 2, "Health provision: therapies, CAMHS, community paediatrics"),
    SOCIAL_CARE_PROVISION(
            7, 2, "Social care provision: section 17 services, short breaks, transition to adult services"),
    PREPARATION_FOR_ADULTHOOD(8, 3, "Preparation for adulthood and independent living"),
    TRANSPORT(9, 1, "Transport arrangements and how to request them"),
    INFORMATION_ADVICE_SUPPORT(10, 2, "Information, advice and support; parent carer forums; childcare; leisure"),
    COMPLAINTS(11, 1, "Complaints, disagreement resolution, mediation and tribunal appeals"),
    ELIGIBILITY_CRITERIA(12, 3, "Eligibility criteria for the provision in the offer"),
    ACCESSIBILITY_STRATEGY(13, 4, "Where the accessibility strategy can be found");

    private final int paragraph;
    private final int importance;
    private final String label;

    Schedule2Category(int paragraph, int importance, String label) {
        this.paragraph = paragraph;
        this.importance = importance;
        this.label = label;
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
}
