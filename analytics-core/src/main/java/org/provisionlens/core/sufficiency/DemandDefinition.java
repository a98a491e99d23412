package org.provisionlens.core.sufficiency;

import java.util.List;
import java.util.Objects;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/**
 * Who counts as demand in the cells of one domain and tier, in plain English, with the inputs that needs. One
 * definition per domain x tier ({@link #of}); the cells, their verdicts, the cell page and the README all read it.
 *
 * @param basis how demand is counted
 * @param minAge the youngest age counted (14 for preparation for adulthood, else 0)
 * @param who "who counts as demand here", for the cell page
 * @param counted the short phrase a verdict's reason uses for the children counted, e.g. "children with plans placed
 *     in or waiting for a specialist setting"
 * @param inputs what the definition needs; where one is missing the cell says "no data: ..."
 */
public record DemandDefinition(
        Domain domain, Tier tier, Basis basis, int minAge, String who, String counted, List<String> inputs) {

    /** How a definition counts demand. */
    public enum Basis {
        /** Children from their records: by support level, setting, waiting and age. */
        CHILDREN,
        /** Children from their records, of the needs and ages the cell's services serve (who is eligible). */
        ELIGIBLE,
        /** Each service's referrals: its current use plus its waiting list (or the child records naming it). */
        REFERRALS
    }

    public DemandDefinition {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(basis, "basis");
        inputs = List.copyOf(inputs);
    }

    private static final String HOURS = " Where a service counts hours, hours used are compared with hours available"
            + " and the children waiting are shown: hours are never compared with children.";
    private static final String REFERRALS_WHO = "The children the cell's services are for: each service's referrals,"
            + " that is the children in its current use plus its waiting list (from the listing, or the child records"
            + " naming the service when the listing gives neither), against its caseload or places; where a service"
            + " gives none of these the cell says no data.";

    private static final List<DemandDefinition> ALL = List.of(
            new DemandDefinition(
                    Domain.EDUCATION,
                    Tier.SPECIALIST,
                    Basis.CHILDREN,
                    0,
                    "Children and young people with EHC plans placed in a specialist setting (special school, SEN unit,"
                            + " resourced provision, independent or non-maintained special school, specialist post-16"
                            + " institution, alternative provision), and those with plans waiting for a place (a"
                            + " waiting date on their record) who are not in one; against the places of specialist"
                            + " settings. Children with plans in mainstream count in the universal tier. Specialist"
                            + " support services counted in caseload (such as sensory support) are compared"
                            + " separately: their referrals (in use plus waiting) against their caseload." + HOURS,
                    "children with plans placed in or waiting for a specialist setting",
                    List.of("child records with their setting and waiting date", "places of specialist settings")),
            new DemandDefinition(
                    Domain.EDUCATION,
                    Tier.TARGETED,
                    Basis.REFERRALS,
                    0,
                    REFERRALS_WHO + " Children on SEN support are not all counted: most SEN support is given by"
                            + " schools themselves." + HOURS,
                    "referrals (in use plus waiting)",
                    List.of("each service's current use and waiting list, or child records naming it", "caseload")),
            new DemandDefinition(
                    Domain.EDUCATION,
                    Tier.UNIVERSAL,
                    Basis.CHILDREN,
                    0,
                    "Children and young people with SEN (EHC plans or SEN support) in mainstream settings: schools,"
                            + " colleges, early years settings and training providers; against those settings'"
                            + " places, which are for all their pupils, so the comparison says only whether there is"
                            + " room at all." + HOURS,
                    "children with SEN in mainstream settings",
                    List.of("child records with their setting", "places of mainstream settings")),
            referrals(Domain.HEALTH, Tier.SPECIALIST),
            referrals(Domain.HEALTH, Tier.TARGETED),
            referrals(Domain.HEALTH, Tier.UNIVERSAL),
            eligible(Tier.SPECIALIST, "with EHC plans", "children with plans eligible for its services"),
            eligible(Tier.TARGETED, "on SEN support", "children on SEN support eligible for its services"),
            eligible(Tier.UNIVERSAL, "with SEN", "children with SEN eligible for its services"),
            adulthood(Tier.SPECIALIST, "with EHC plans", "young people aged 14 or over with plans"),
            adulthood(Tier.TARGETED, "on SEN support", "young people aged 14 or over on SEN support"),
            adulthood(Tier.UNIVERSAL, "with SEN", "young people aged 14 or over with SEN"));

    private static DemandDefinition referrals(Domain domain, Tier tier) {
        return new DemandDefinition(
                domain,
                tier,
                Basis.REFERRALS,
                0,
                REFERRALS_WHO + " Waits are compared with the NHS 18-week referral-to-treatment standard." + HOURS,
                "referrals (in use plus waiting)",
                List.of("each service's current use and waiting list, or child records naming it", "caseload"));
    }

    private static DemandDefinition eligible(Tier tier, String who, String counted) {
        return new DemandDefinition(
                Domain.SOCIAL_CARE,
                tier,
                Basis.ELIGIBLE,
                0,
                "Children and young people " + who + " who are eligible for the cell's services: of the needs and"
                        + " ages the services serve (the services' own assessment of need is not in the data)."
                        + HOURS,
                counted,
                List.of("child records", "the needs and ages each service serves", "places, caseload or hours"));
    }

    private static DemandDefinition adulthood(Tier tier, String who, String counted) {
        return new DemandDefinition(
                Domain.PREPARATION_FOR_ADULTHOOD,
                tier,
                Basis.CHILDREN,
                14,
                "Young people aged 14 to 25 " + who + " (preparing for adulthood starts in Year 9); nobody under 14"
                        + " counts, so the 11-15 age band counts only those aged 14 and 15." + HOURS,
                counted,
                List.of("child records with their age", "places, caseload or hours"));
    }

    /** The definition of a domain and tier. */
    public static DemandDefinition of(Domain domain, Tier tier) {
        return ALL.stream()
                .filter(d -> d.domain == domain && d.tier == tier)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demand definition for " + domain + " " + tier));
    }

    public static List<DemandDefinition> all() {
        return ALL;
    }

    /** Whether the tier is for children of this support level: specialist plans, targeted SEN support, universal all. */
    boolean servesLevel(SupportLevel level) {
        return switch (tier) {
            case SPECIALIST -> level == SupportLevel.EHC_PLAN;
            case TARGETED -> level == SupportLevel.SEN_SUPPORT;
            case UNIVERSAL -> true;
        };
    }

    /** Whether the children of a count are demand here (for {@link Basis#ELIGIBLE}, before the services' needs). */
    boolean counts(DemandCount count) {
        if (basis == Basis.REFERRALS || count.age() < minAge) {
            return false;
        }
        if (domain == Domain.EDUCATION && tier == Tier.SPECIALIST) {
            return count.level() == SupportLevel.EHC_PLAN
                    && (count.placement().kind() == SettingKind.SPECIALIST_SETTING || count.waiting());
        }
        if (domain == Domain.EDUCATION && tier == Tier.UNIVERSAL) {
            return count.placement().kind() == SettingKind.MAINSTREAM;
        }
        return servesLevel(count.level());
    }

    /** The youngest age band that counts, e.g. 11-15 (for 14 and 15) in preparation for adulthood. */
    boolean counts(AgeBand band) {
        return band.to() >= minAge;
    }
}
