package org.provisionlens.jobs.generate;

import java.util.Set;

/** The setting column for a DfE type of placement, and the special school or resourced provision a need is placed in. */
final class Settings {

    private static final Set<String> COMMUNICATION = Set.of("ASD", "SLCN");
    private static final Set<String> LEARNING_DISABILITY = Set.of("SLD", "PMLD", "MSI");
    private static final Set<String> SENSORY_PHYSICAL = Set.of("HI", "VI", "MSI", "PD");

    private Settings() {}

    /** The key of the LA's special school for a need: communication, learning disability, SEMH or general. */
    static String specialSchoolKey(String need) {
        if (COMMUNICATION.contains(need)) {
            return "SS-COMM";
        }
        if (LEARNING_DISABILITY.contains(need)) {
            return "SS-LD";
        }
        return "SEMH".equals(need) ? "SS-SEMH" : "SS-GEN";
    }

    /** The key of the LA's resourced provision for a need: communication, sensory and physical, or learning. */
    static String resourcedProvisionKey(String need) {
        if (COMMUNICATION.contains(need)) {
            return "RP-COMM";
        }
        return SENSORY_PHYSICAL.contains(need) ? "RP-SENS" : "RP-LEARN";
    }

    /** The ids of the LA's generated special schools, one per need group. */
    static Set<String> specialSchoolIds(String oldLaCode) {
        return Set.of(
                serviceId(oldLaCode, "SS-COMM"),
                serviceId(oldLaCode, "SS-LD"),
                serviceId(oldLaCode, "SS-SEMH"),
                serviceId(oldLaCode, "SS-GEN"));
    }

    static String serviceId(String oldLaCode, String key) {
        return "S" + oldLaCode + "-" + key;
    }

    /** What the setting column says for a plan in the placement. */
    static String forPlan(String placement, String need, String oldLaCode) {
        if (placement.equals("Special - LA maintained") || placement.equals("Special - Academy/free schools")) {
            return serviceId(oldLaCode, specialSchoolKey(need));
        }
        if (placement.equals("Special - independent") || placement.equals("Special - non-maintained")) {
            return serviceId(oldLaCode, "ISS");
        }
        if (placement.startsWith("Mainstream") && (placement.contains("resourced") || placement.contains("SEN unit"))) {
            return serviceId(oldLaCode, resourcedProvisionKey(need));
        }
        if (placement.startsWith("Mainstream")) {
            return "mainstream";
        }
        if (placement.startsWith("FE - general")) {
            return "FE college";
        }
        if (placement.startsWith("FE - specialist")) {
            return "specialist post-16 institution";
        }
        if (placement.startsWith("FE")) {
            return "training provider";
        }
        if (placement.startsWith("AP/PRU")) {
            return "alternative provision";
        }
        if (placement.contains("early years")) {
            return "early years setting";
        }
        if (placement.contains("elective home education")) {
            return "elective home education";
        }
        if (placement.contains("NEET") || placement.contains("not in education")) {
            return "not in education or training";
        }
        return placement.startsWith("Educated elsewhere") ? "educated elsewhere" : "";
    }

    /** Whether the placement is one a special school service counts (the LA's own or an independent one). */
    static boolean special(String placement) {
        return placement.startsWith("Special");
    }
}
