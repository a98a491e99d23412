package org.provisionlens.jobs.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The specialist and targeted services generated for every LA. Take-up shares are assumptions (what share of children
 * with a need use the service), chosen so that caseloads look like a typical LA's; the capacities are then set around
 * the demand they give (see {@link ServiceGenerator}).
 */
final class ServiceCatalogue {

    private static final List<String> SCHOOL_RATINGS = List.of("Outstanding", "Good", "Good", "Requires improvement");
    private static final List<String> CARE_RATINGS = List.of("Good", "Good", "Outstanding", "Requires improvement");
    private static final List<String> NO_RATING = List.of("");

    private ServiceCatalogue() {}

    static List<ServiceTemplate> templates() {
        return List.of(
                school("SS-COMM", "{la} Communication and Autism School", all(1.0, "ASD", "SLCN"), 4, 19),
                school("SS-LD", "{la} Complex Learning Needs School", all(1.0, "SLD", "PMLD", "MSI"), 2, 19),
                school("SS-SEMH", "{la} Social, Emotional and Mental Health School", all(1.0, "SEMH"), 5, 16),
                school(
                        "SS-GEN",
                        "{la} Learning and Physical Needs School",
                        all(1.0, "MLD", "PD", "HI", "VI", "SPLD", "OTH"),
                        4,
                        19),
                new ServiceTemplate(
                        "ISS",
                        "Independent and non-maintained special school places (out of area)",
                        "Places the council commissions in independent and non-maintained special schools.",
                        "education",
                        "specialist",
                        5,
                        19,
                        "places",
                        "LA",
                        false,
                        all(1.0, "ASD", "SEMH", "SLCN", "MLD", "SLD", "PMLD", "PD", "HI", "VI", "MSI", "SPLD", "OTH"),
                        true,
                        true,
                        1,
                        58_000,
                        "EHC plan naming the setting",
                        SCHOOL_RATINGS),
                resourced("RP-COMM", "Autism and communication resourced provision", all(1.0, "ASD", "SLCN")),
                resourced(
                        "RP-SENS",
                        "Hearing, vision and physical resourced provision",
                        all(1.0, "HI", "VI", "MSI", "PD")),
                resourced("RP-LEARN", "Learning resourced provision", all(1.0, "MLD", "SPLD", "SEMH", "SLD", "OTH")),
                health(
                        "SALT",
                        "Children's Speech and Language Therapy",
                        "Assessment and therapy for speech, language, communication and eating and drinking.",
                        Map.of("SLCN", 0.30, "ASD", 0.12, "SLD", 0.25, "PMLD", 0.3),
                        0,
                        18),
                health(
                        "OT",
                        "Children's Occupational Therapy",
                        "Help with everyday skills, sensory processing, handwriting and equipment.",
                        Map.of("PD", 0.3, "ASD", 0.08, "SPLD", 0.05, "PMLD", 0.4, "MSI", 0.3),
                        0,
                        18),
                health(
                        "PHYSIO",
                        "Children's Physiotherapy",
                        "Physiotherapy for movement, posture and mobility, at home, school and clinic.",
                        Map.of("PD", 0.5, "PMLD", 0.6, "MSI", 0.3),
                        0,
                        18),
                health(
                        "CAMHS",
                        "Child and Adolescent Mental Health Service (CAMHS)",
                        "Specialist mental health assessment and treatment, including the neurodevelopmental pathway.",
                        Map.of("SEMH", 0.20, "ASD", 0.06),
                        5,
                        18),
                new ServiceTemplate(
                        "SHORT-BREAKS",
                        "{la} Short Breaks",
                        "After-school, weekend and holiday short breaks for disabled children and their families.",
                        "social care",
                        "specialist",
                        5,
                        18,
                        "hours per week",
                        "LA",
                        true,
                        Map.of("ASD", 0.10, "SLD", 0.35, "PMLD", 0.4, "PD", 0.2, "MSI", 0.3),
                        true,
                        false,
                        4,
                        28,
                        "Assessed need; disabled child",
                        CARE_RATINGS),
                new ServiceTemplate(
                        "PORTAGE",
                        "{la} Portage Home Visiting",
                        "Home-visiting educational support for pre-school children with SEND and their families.",
                        "education",
                        "targeted",
                        0,
                        5,
                        "caseload",
                        "LA",
                        true,
                        all(0.5, "ASD", "SLCN", "PD", "PMLD", "SLD", "MSI", "HI", "VI", "OTH", "MLD"),
                        false,
                        false,
                        1,
                        2_400,
                        "Age 0-5, referred by health visitor or family",
                        NO_RATING),
                new ServiceTemplate(
                        "SENSORY",
                        "{la} Sensory Support Service",
                        "Qualified teachers of the deaf and of children with vision impairment, and habilitation.",
                        "education",
                        "specialist",
                        0,
                        25,
                        "caseload",
                        "LA",
                        true,
                        all(0.85, "HI", "VI", "MSI"),
                        false,
                        false,
                        1,
                        3_100,
                        "Diagnosed hearing or vision impairment",
                        NO_RATING),
                new ServiceTemplate(
                        "SEMH-OUTREACH",
                        "{la} SEMH Outreach Team",
                        "Outreach advice and short programmes for pupils on SEN support with SEMH needs.",
                        "education",
                        "targeted",
                        4,
                        16,
                        "caseload",
                        "LA",
                        true,
                        Map.of("SEMH", 0.05),
                        false,
                        false,
                        1,
                        1_500,
                        "School referral",
                        NO_RATING),
                new ServiceTemplate(
                        "SENDIASS",
                        "{la} SEND Information, Advice and Support Service (SENDIASS)",
                        "Free, impartial, confidential advice for children, young people and parents about SEND.",
                        "education",
                        "targeted",
                        0,
                        25,
                        "caseload",
                        "joint",
                        true,
                        all(
                                0.02, "ASD", "SLCN", "SEMH", "MLD", "SPLD", "PD", "SLD", "PMLD", "HI", "VI", "MSI",
                                "OTH", "NSA"),
                        false,
                        false,
                        1,
                        350,
                        "Anyone; self-referral",
                        NO_RATING),
                new ServiceTemplate(
                        "INTERNSHIPS",
                        "{la} Supported Internships",
                        "A year-long study programme with an employer and a job coach, for young people with EHC plans.",
                        "preparation for adulthood",
                        "specialist",
                        16,
                        24,
                        "places",
                        "LA",
                        true,
                        Map.of("MLD", 0.08, "SLD", 0.08, "ASD", 0.05, "SLCN", 0.05, "SPLD", 0.04),
                        true,
                        false,
                        1,
                        9_500,
                        "EHC plan, aged 16-24",
                        NO_RATING));
    }

    private static ServiceTemplate school(String key, String name, Map<String, Double> needs, int min, int max) {
        return new ServiceTemplate(
                key,
                name,
                "Maintained special school for children and young people with EHC plans.",
                "education",
                "specialist",
                min,
                max,
                "places",
                "LA",
                true,
                needs,
                true,
                true,
                1,
                23_000,
                "EHC plan naming the school",
                SCHOOL_RATINGS);
    }

    private static ServiceTemplate resourced(String key, String name, Map<String, Double> needs) {
        return new ServiceTemplate(
                key,
                "{la} " + name,
                "Places in mainstream schools' resourced provision and SEN units, with specialist staff.",
                "education",
                "specialist",
                4,
                16,
                "places",
                "LA",
                true,
                needs,
                true,
                true,
                1,
                14_000,
                "EHC plan naming the provision",
                SCHOOL_RATINGS);
    }

    private static ServiceTemplate health(
            String key, String name, String description, Map<String, Double> needs, int min, int max) {
        return new ServiceTemplate(
                key,
                "{la} " + name,
                description,
                "health",
                "specialist",
                min,
                max,
                "caseload",
                "ICB",
                true,
                needs,
                false,
                false,
                1,
                1_200,
                "Referral by a health or education professional",
                CARE_RATINGS);
    }

    private static Map<String, Double> all(double share, String... needs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String need : needs) {
            map.put(need, share);
        }
        return map;
    }
}
