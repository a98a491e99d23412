package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * What the review shows: one age band (default all ages), domain (default education), tier (default specialist), and
 * a verdict, or any ({@code null}). A value the cells cannot have falls back to its default.
 */
record ReviewFilter(String age, String domain, String tier, String verdict) {

    static final List<String> AGES = List.of(ReviewLabels.ALL, "0-4", "5-10", "11-15", "16-19", "20-25");
    static final List<String> DOMAINS =
            Arrays.stream(Domain.values()).map(Enum::name).toList();
    static final List<String> TIERS =
            Arrays.stream(Tier.values()).map(Enum::name).toList();

    record Option(String value, String label) {}

    static ReviewFilter of(String age, String domain, String tier, String verdict) {
        return new ReviewFilter(
                in(AGES, age) ? age : ReviewLabels.ALL,
                in(DOMAINS, domain) ? domain : Domain.EDUCATION.name(),
                in(TIERS, tier) ? tier : Tier.SPECIALIST.name(),
                VerdictCode.isCode(verdict) ? verdict : null);
    }

    private static boolean in(List<String> values, String value) {
        return value != null && values.contains(value);
    }

    static ReviewFilter defaults() {
        return of(null, null, null, null);
    }

    /** "Aged 11-15, education, specialist tier". */
    public String description() {
        return ReviewLabels.age(age) + ", " + ReviewLabels.coded(domain).toLowerCase(java.util.Locale.ROOT) + ", "
                + ReviewLabels.coded(tier).toLowerCase(java.util.Locale.ROOT) + " tier";
    }

    /** Who counts as demand in the cells of the filter's domain and tier (the core's definition). */
    public String demandDefinition() {
        return DemandDefinition.of(Domain.valueOf(domain), Tier.valueOf(tier)).who();
    }

    static List<Option> ageOptions() {
        return AGES.stream().map(a -> new Option(a, ReviewLabels.age(a))).toList();
    }

    static List<Option> domainOptions() {
        return DOMAINS.stream().map(d -> new Option(d, ReviewLabels.coded(d))).toList();
    }

    static List<Option> tierOptions() {
        return TIERS.stream().map(t -> new Option(t, ReviewLabels.coded(t))).toList();
    }

    static List<Option> verdictOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any verdict"));
        Arrays.stream(VerdictCode.values()).forEach(v -> options.add(new Option(v.code(), v.label())));
        return options;
    }
}
