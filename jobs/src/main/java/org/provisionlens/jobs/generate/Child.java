package org.provisionlens.jobs.generate;

import java.time.LocalDate;

/**
 * One generated child or young person, before the id and the line are written.
 *
 * @param need the primary need code as written (SEN2 codes, NSA, or UNKNOWN where DfE counts "need unknown")
 * @param placement DfE's type of placement for a plan, or "SEN support"
 * @param setting the text written in the setting column (a service id, or a kind of setting)
 * @param birthYearOnly whether the row gives the birth year instead of the age
 */
record Child(
        int age,
        String need,
        boolean ehcPlan,
        String placement,
        String setting,
        Area area,
        LocalDate planOrReferralDate,
        LocalDate waitingSince,
        boolean birthYearOnly) {}
