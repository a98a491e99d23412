package org.provisionlens.core.consultation;

import java.util.List;
import java.util.Optional;
import org.provisionlens.core.services.CodedValues;

/**
 * The groups an LA must consult when preparing and reviewing its Local Offer: regulation 54(1)(a) to (n) of the SEND
 * Regulations 2014 (in its area) and 54(2) (the NHS and neighbouring bodies). Every group is required except (n),
 * "such other persons as it thinks appropriate", which an LA records when it consults them.
 */
public enum ConsulteeGroup {
    CYP_AND_PARENTS_SEN(
            "54(1)(a)",
            "Children and young people with SEN, and parents of children with SEN",
            true,
            List.of("children and young people with sen", "parents of children with sen", "sen families")),
    CYP_AND_PARENTS_DISABILITY(
            "54(1)(b)",
            "Children and young people with a disability, and their parents",
            true,
            List.of("disabled children and young people", "parents of disabled children")),
    MAINTAINED_SCHOOLS(
            "54(1)(c)",
            "Governing bodies of maintained schools and maintained nursery schools",
            true,
            List.of("maintained schools", "maintained nursery schools")),
    ACADEMIES("54(1)(d)", "Proprietors of academies", true, List.of("academy", "academy trusts")),
    POST_16_INSTITUTIONS(
            "54(1)(e)",
            "Governing bodies, proprietors or principals of post-16 institutions",
            true,
            List.of("post 16", "colleges", "fe colleges")),
    NON_MAINTAINED_SPECIAL_SCHOOLS(
            "54(1)(f)", "Governing bodies of non-maintained special schools", true, List.of("nmss")),
    PUPIL_REFERRAL_UNITS("54(1)(g)", "Management committees of pupil referral units", true, List.of("pru", "prus")),
    CHILDRENS_CENTRES(
            "54(1)(h)", "Advisory boards of children's centres", true, List.of("children's centres", "family hubs")),
    EARLY_YEARS_PROVIDERS(
            "54(1)(i)", "Providers of relevant early years education", true, List.of("early years", "nurseries")),
    YOUTH_OFFENDING_TEAMS(
            "54(1)(j)",
            "Youth offending teams with functions for the LA's children and young people",
            true,
            List.of("yot", "youth justice", "youth justice service")),
    OTHER_SEN_PROVIDERS_AND_ADVISERS(
            "54(1)(k)",
            "Others who make special educational provision for its children, and those who advise on it",
            true,
            List.of("other sen providers", "sen advisers")),
    ADULTHOOD_PROVIDERS(
            "54(1)(l)",
            "Providers of preparation for adulthood and independent living",
            true,
            List.of("preparation for adulthood providers", "pfa providers")),
    LA_OFFICERS(
            "54(1)(m)",
            "The LA's officers for education and training, social care for children with SEN or disabilities, and"
                    + " preparation for adulthood",
            true,
            List.of("officers", "la officers", "council officers")),
    OTHERS_THE_LA_THINKS_APPROPRIATE(
            "54(1)(n)", "Such other persons as the LA thinks appropriate", false, List.of("others", "other")),
    NHS_ENGLAND("54(2)", "NHS England", true, List.of("nhse", "nhs commissioning board")),
    INTEGRATED_CARE_BOARDS(
            "54(2)",
            "Integrated care boards whose areas coincide with or overlap the LA's",
            true,
            List.of("icb", "icbs", "ccg", "ccgs")),
    OTHER_LOCAL_AUTHORITIES(
            "54(2)",
            "Other local authorities (neighbouring LAs whose children use the offer, and whose offer its children use)",
            true,
            List.of("other las", "neighbouring local authorities", "neighbouring las"));

    private final String regulation;
    private final String label;
    private final boolean required;
    private final List<String> synonyms;

    ConsulteeGroup(String regulation, String label, boolean required, List<String> synonyms) {
        this.regulation = regulation;
        this.label = label;
        this.required = required;
        this.synonyms = synonyms;
    }

    /** The paragraph of regulation 54 that names the group, e.g. "54(1)(a)". */
    public String regulation() {
        return regulation;
    }

    public String label() {
        return label;
    }

    /** Whether the LA must consult the group every time it reviews its offer (all but 54(1)(n)). */
    public boolean required() {
        return required;
    }

    public static Optional<ConsulteeGroup> parse(String value) {
        return CodedValues.parse(ConsulteeGroup.class, value, group -> group.synonyms);
    }
}
