package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.sufficiency.CellKey;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * The impact of one proposal on one published run under one demand scenario: who is affected, where they go, and what
 * changes before and after. The baseline ("before") is the same run with no changes under the same scenario, so a
 * proposal with no changes has zero impact.
 *
 * @param growth the scenario's demand at the horizon / demand now, applied to the affected children and to the use of
 *     the places they might move to
 * @param caveats what the figures leave out or assume, in plain sentences (for example services with no known capacity
 *     that could not be counted as somewhere to go)
 */
public record Impact(
        Proposal proposal,
        Scenario scenario,
        int horizonYear,
        double growth,
        List<Affected> affected,
        List<Move> moves,
        Travel travelBefore,
        Travel travelAfter,
        List<CellChange> cells,
        Costs costs,
        List<LocalityRange> range,
        Quality qualityBefore,
        Quality qualityAfter,
        List<ServiceComment> voices,
        List<String> caveats) {

    public Impact {
        affected = List.copyOf(affected);
        moves = List.copyOf(moves);
        cells = List.copyOf(cells);
        range = List.copyOf(range);
        voices = List.copyOf(voices);
        caveats = List.copyOf(caveats);
    }

    /** Affected children (at the horizon, under the scenario's growth) with an outcome. */
    public int children(Outcome outcome) {
        return moves.stream()
                .filter(m -> m.outcome() == outcome)
                .mapToInt(Move::children)
                .sum();
    }

    /**
     * Children using a changed service who are affected by the change (grouped: same service, home area, need, age and
     * support level), counted today (not grown); and the children who take up places the proposal adds (waiting, or
     * out of area), under the service whose places they take up.
     *
     * @param setting the kind of setting or service they use (for example "Special school", "Speech and language
     *     therapy"), or "Waiting for a place"
     * @param takesUpPlaces whether they are children who take up places the proposal adds (waiting, or out of area),
     *     not users of a changed service
     */
    public record Affected(
            String serviceId,
            String serviceName,
            String lsoaCode,
            String localityCode,
            String localityName,
            NeedCode need,
            int age,
            SupportLevel level,
            String setting,
            int children,
            boolean takesUpPlaces) {

        /** Children using a changed service. */
        public Affected(
                String serviceId,
                String serviceName,
                String lsoaCode,
                String localityCode,
                String localityName,
                NeedCode need,
                int age,
                SupportLevel level,
                String setting,
                int children) {
            this(
                    serviceId,
                    serviceName,
                    lsoaCode,
                    localityCode,
                    localityName,
                    need,
                    age,
                    level,
                    setting,
                    children,
                    false);
        }
    }

    /**
     * How an affected child's provision ends up. The last two are children the changes do not displace but who take up
     * the places a proposal adds.
     */
    public enum Outcome {
        /** stays where they are (the change leaves room for them) */
        STAYS,
        /** moves to another suitable local service with room */
        MOVES,
        /** nothing local fits within the travel limit: an out-of-area or independent placement at its cost */
        OUT_OF_AREA,
        /** nothing local fits and the provision is not a placement (a therapy, a caseload): they go without or wait */
        UNMET,
        /**
         * they cannot stay and their home area is not known, so no journey can be worked out and no alternative
         * found: counted apart, never dropped
         */
        NOT_ROUTABLE,
        /** was waiting for this kind of provision and takes one of the places the proposal adds */
        TAKES_NEW_PLACE,
        /** was in an out-of-area or independent placement and comes back to one of the places the proposal adds */
        RETURNS_TO_LOCAL
    }

    /**
     * Where a number of affected children go (under the scenario's growth), with their journey before and after.
     *
     * @param fromServiceId the service they use now; {@code null} for a waiting child whose record names none
     * @param toServiceId {@code null} for out-of-area or unmet
     * @param minutesBefore {@code null} when no journey is known before (always for a child who was waiting)
     */
    public record Move(
            String fromServiceId,
            String toServiceId,
            String toServiceName,
            String lsoaCode,
            NeedCode need,
            int age,
            Outcome outcome,
            int children,
            Double minutesBefore,
            Double minutesAfter,
            Double milesAfter) {}

    /**
     * Journeys of the affected children (minutes by road, estimated): median, 90th percentile, longest, and how many are
     * over the transport policy's limit. {@code null} figures when no journey is known.
     */
    public record Travel(int children, Double medianMinutes, Double p90Minutes, Double maxMinutes, int overLimit) {}

    /** A sufficiency cell before and after, with the reason after. */
    public record CellChange(
            CellKey key,
            double demandBefore,
            double demandAfter,
            Integer capacityBefore,
            Integer capacityAfter,
            VerdictCode before,
            VerdictCode after,
            String reasonAfter) {

        public boolean verdictChanged() {
            return before != after;
        }
    }

    /**
     * Costs a year, before and after (pounds): services (capacity x unit cost of each local service), out-of-area and
     * independent placements, transport. A {@code null} part is unknown (no unit cost or cost per mile), and the
     * saving says which parts it leaves out.
     *
     * @param outOfAreaBefore existing out-of-area placements are the baseline, so before is nothing extra (zero)
     * @param outOfAreaAfter the children placed out of area x the cost of a place, less the children who come back
     *     to places the proposal adds x the same cost (below zero when more come back than go)
     * @param transportBefore transport of the affected children in specialist settings whose journey is known before
     *     and after (road miles x journeys a year x cost per mile); the same children after
     * @param netSavingPerYear before minus after, over the parts known both before and after, at this year's prices
     * @param netSavingFiveYears five times the yearly saving, at this year's prices (no inflation, demand as at the
     *     horizon)
     */
    public record Costs(
            BigDecimal servicesBefore,
            BigDecimal servicesAfter,
            BigDecimal outOfAreaBefore,
            BigDecimal outOfAreaAfter,
            BigDecimal transportBefore,
            BigDecimal transportAfter,
            BigDecimal netSavingPerYear,
            BigDecimal netSavingFiveYears,
            List<String> leftOut) {

        public Costs {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The need types and age bands served in a locality (by a service located there with capacity), before and after. */
    public record LocalityRange(String localityCode, String localityName, Set<String> before, Set<String> after) {

        public Set<String> lost() {
            return difference(before, after);
        }

        public Set<String> gained() {
            return difference(after, before);
        }

        private static Set<String> difference(Set<String> a, Set<String> b) {
            java.util.Set<String> d = new java.util.TreeSet<>(a);
            d.removeAll(b);
            return d;
        }
    }

    /** Places rated good or outstanding by Ofsted, of the places with a rating, and the places not yet rated. */
    public record Quality(int placesGoodOrOutstanding, int placesRated, int placesNotRated) {

        public Double share() {
            return placesRated == 0 ? null : (double) placesGoodOrOutstanding / placesRated;
        }
    }
}
