package org.provisionlens.jobs.generate;

import java.util.List;

/**
 * How many children and young people each LA has on SEN support (no plan), at what ages and with what needs. DfE's SEN2
 * files count plans only, and {@code send-ap-dashboard/sen_la.csv} counts children in need (social care), not the
 * school census, so it is not used here.
 */
final class SenSupportModel {

    /**
     * Pupils on SEN support per pupil with an EHC plan in schools, England, January 2025: 1,284,284 / 482,640 = 2.661
     * (DfE, "Special educational needs in England", 2025).
     */
    static final double SUPPORT_PER_PLAN_IN_SCHOOL = 1_284_284d / 482_640d;

    /** SEN support covers ages 4 to 18 (reception to sixth form). */
    static final int YOUNGEST = 4;

    static final int OLDEST = 18;

    /**
     * Relative numbers on SEN support at each age 4..18: an assumption shaped on the school census (rising through
     * primary, peaking at 9-11, falling through secondary, few in sixth forms).
     */
    static final double[] AGE_WEIGHTS = {3, 6, 8, 9, 9.5, 9.5, 9.5, 9, 8.5, 8, 7.5, 7, 2.5, 2, 1};

    /**
     * Primary need of pupils on SEN support, per thousand: an assumption rounded from the national shares in "Special
     * educational needs in England" (SLCN highest, then SEMH, MLD, ASD, SpLD, then NSA and the rest).
     */
    static final List<String> NEEDS =
            List.of("SLCN", "SEMH", "MLD", "ASD", "SPLD", "NSA", "OTH", "PD", "HI", "VI", "SLD", "MSI", "PMLD");

    static final double[] NEED_PER_THOUSAND = {265, 210, 150, 115, 105, 55, 40, 25, 16, 8, 6, 3, 2};

    private SenSupportModel() {}

    /** The placements that count as "in schools" for the ratio: mainstream, special and AP/PRU. */
    static boolean inSchool(String placement) {
        return placement.startsWith("Mainstream") || placement.startsWith("Special") || placement.startsWith("AP/PRU");
    }

    static int supportCount(int plansInSchools) {
        return (int) Math.round(plansInSchools * SUPPORT_PER_PLAN_IN_SCHOOL);
    }
}
