package org.provisionlens.dashboards.sufficiency;

import org.provisionlens.dashboards.Formats;

/** The headline figures of a published run. */
record Headline(
        String laCode,
        String oldLaCode,
        String laName,
        String timePeriod,
        int ehcPlans,
        int specialistPlans,
        int plansOutsideOwn,
        int population0to25,
        String populationYear) {

    /** EHC plans per 1,000 residents aged 0 to 25, or null when the population is not known. */
    public Double plansPerThousand() {
        return population0to25 <= 0 ? null : ehcPlans * 1000.0 / population0to25;
    }

    public String plansPerThousandText() {
        Double rate = plansPerThousand();
        return rate == null ? "Unknown" : Formats.oneDecimal(rate);
    }

    public String ehcPlansText() {
        return Formats.count(ehcPlans);
    }

    public String specialistPlansText() {
        return Formats.count(specialistPlans);
    }

    public String plansOutsideOwnText() {
        return Formats.count(plansOutsideOwn);
    }

    public String populationText() {
        return Formats.count(population0to25);
    }
}
