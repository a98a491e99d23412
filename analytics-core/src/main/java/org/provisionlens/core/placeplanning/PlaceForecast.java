package org.provisionlens.core.placeplanning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * The SCAP cohort roll-forward, one year at a time from the census:
 *
 * <ol>
 *   <li>Every EHC plan ages a year: the plans at age a this year are at age a + 1 next year (at 25 they leave).
 *   <li>The youngest band (0-4) is the intake: its ages keep the census year's profile.
 *   <li>Each age band's total is then set by the forecast: the census year's count of the band times the band's growth
 *       index for that year, shared over its ages as ageing left them. A band with no forecast keeps what ageing
 *       gives (the intake band: its census count).
 *   <li>Pupils in each type and year group are the plans at the year group's age times the census year's share of
 *       that year group's plans placed in the type (the placement mix stays fixed).
 * </ol>
 *
 * The 80% range repeats the roll-forward with every band at the low, or the high, end of its forecast's 80% interval,
 * and takes the smallest and the largest of the three (ageing can move a year group's share of its band either way).
 */
public final class PlaceForecast {

    private PlaceForecast() {}

    /** Pupils in one type and year group in one year, with the 80% range. */
    public record Cell(int year, ScapType type, YearGroup group, double pupils, double low80, double high80) {}

    /** The census year and the {@code years} that follow, each type by year group. */
    public record Projection(int censusYear, int years, List<Cell> cells) {

        public Projection {
            cells = List.copyOf(cells);
        }

        /** The pupils of one type in one year, over every year group. */
        public double pupils(int year, ScapType type) {
            return cells.stream()
                    .filter(c -> c.year() == year && c.type() == type)
                    .mapToDouble(Cell::pupils)
                    .sum();
        }
    }

    /**
     * @param growth each band's growth index per forecast year; a band or year missing has no forecast
     * @param years how many years after the census to forecast
     */
    public static Projection project(Census census, List<BandGrowth> growth, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years ahead cannot be negative: " + years);
        }
        List<double[]> central = plansByYear(census, growth, years, BandGrowth::index);
        List<double[]> low = plansByYear(census, growth, years, BandGrowth::low80);
        List<double[]> high = plansByYear(census, growth, years, BandGrowth::high80);
        List<Cell> cells = new ArrayList<>();
        for (int t = 0; t <= years; t++) {
            for (ScapType type : ScapType.values()) {
                for (YearGroup group : YearGroup.all()) {
                    double share = census.share(type, group);
                    int age = group.age();
                    cells.add(
                            t == 0
                                    ? new Cell(
                                            census.year(),
                                            type,
                                            group,
                                            census.pupils(type, group),
                                            census.pupils(type, group),
                                            census.pupils(type, group))
                                    : cell(
                                            census.year() + t,
                                            type,
                                            group,
                                            central.get(t)[age] * share,
                                            low.get(t)[age] * share,
                                            high.get(t)[age] * share));
                }
            }
        }
        return new Projection(census.year(), years, cells);
    }

    private static Cell cell(int year, ScapType type, YearGroup group, double pupils, double low, double high) {
        return new Cell(
                year,
                type,
                group,
                pupils,
                Math.min(pupils, Math.min(low, high)),
                Math.max(pupils, Math.max(low, high)));
    }

    /** EHC plans by age 0-25, for the census year (index 0) and each year after. */
    static List<double[]> plansByYear(
            Census census, List<BandGrowth> growth, int years, ToDoubleFunction<BandGrowth> index) {
        double[] start = new double[Census.OLDEST + 1];
        for (int age = 0; age <= Census.OLDEST; age++) {
            start[age] = census.plans(age);
        }
        Map<AgeBand, Double> censusTotals = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            censusTotals.put(band, total(start, band));
        }
        AgeBand intake = AgeBand.values()[0];
        List<double[]> byYear = new ArrayList<>(List.of(start));
        for (int t = 1; t <= years; t++) {
            double[] before = byYear.get(t - 1);
            double[] aged = new double[Census.OLDEST + 1];
            for (int age = 0; age <= Census.OLDEST; age++) {
                aged[age] = age <= intake.to() ? start[age] : before[age - 1];
            }
            int year = census.year() + t;
            for (AgeBand band : AgeBand.values()) {
                Double bandIndex = growth.stream()
                        .filter(g -> g.band() == band && g.year() == year)
                        .findFirst()
                        .map(index::applyAsDouble)
                        .orElse(null);
                double agedTotal = total(aged, band);
                double target = bandIndex == null ? agedTotal : censusTotals.get(band) * bandIndex;
                double factor = agedTotal == 0 ? 0 : target / agedTotal;
                for (int age = band.from(); age <= band.to(); age++) {
                    aged[age] *= factor;
                }
            }
            byYear.add(aged);
        }
        return byYear;
    }

    private static double total(double[] plans, AgeBand band) {
        double sum = 0;
        for (int age = band.from(); age <= band.to(); age++) {
            sum += plans[age];
        }
        return sum;
    }
}
