package org.provisionlens.jobs.sources;

/**
 * What a reader needs to know about the review beyond its input: the local authority and the DfE time period.
 *
 * @param laCode the GSS code of the run's local authority, or {@code null} when validating a file on its own
 * @param timePeriod the DfE time period, e.g. {@code 202425} (academic year 2024/25) or {@code 2024}
 */
public record ReadContext(String laCode, String timePeriod) {

    public ReadContext {
        if (timePeriod == null || !timePeriod.matches("\\d{4}(\\d{2})?")) {
            throw new IllegalArgumentException("time period must be YYYY or YYYYyy (e.g. 202425), was " + timePeriod);
        }
    }

    /** The calendar year ages are counted at: the end year of an academic year (202425 → 2025), or the year. */
    public int referenceYear() {
        return timePeriod.length() == 6
                ? Integer.parseInt(timePeriod.substring(0, 2) + timePeriod.substring(4, 6))
                : Integer.parseInt(timePeriod);
    }

    /** The date a review counts back from ("reviewed in the last 12 months"): 31 August of the reference year. */
    public java.time.LocalDate reviewDate() {
        return java.time.LocalDate.of(referenceYear(), 8, 31);
    }
}
