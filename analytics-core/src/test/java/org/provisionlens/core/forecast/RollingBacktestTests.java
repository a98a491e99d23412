package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RollingBacktestTests {

    // A grows 10% a year; B 200, 200, 240, 240, 288; C starts in 2020; D collapses in 2023 (a data break: its log
    // change -2.30 against a median of 0.114 over A, B, C, D, far beyond 6 x 1.4826 x MAD 0.0435 = 0.387)
    static final LaPanel TOY = LaPanel.of(
            Map.of(
                    "A", years(2019, 100, 110, 121, 133.1, 146.41),
                    "B", years(2019, 200, 200, 240, 240, 288),
                    "C", years(2020, 50, 60, 70, 80),
                    "D", years(2019, 100, 100, 100, 100, 10)),
            Map.of());

    static Map<Integer, Double> years(int first, double... values) {
        Map<Integer, Double> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(first + i, values[i]);
        }
        return map;
    }

    private final RollingBacktest.Result result = RollingBacktest.run(TOY, List.of(2021, 2022), 2);
    private final BacktestTable table = BacktestTable.of(result);

    @Test
    void flagsTheBreakAndScoresNoForecastAgainstIt() {
        assertThat(result.breaks()).hasSize(1);
        DataBreaks.Break b = result.breaks().get(0);
        assertThat(b.la()).isEqualTo("D");
        assertThat(b.year()).isEqualTo(2023);
        assertThat(b.logChange()).isCloseTo(Math.log(0.1), within(1e-12));
        assertThat(result.points()).noneMatch(p -> p.la().equals("D") && p.origin() + p.horizon() == 2023);
    }

    @Test
    void forecastsTheLasWithThreeYearsUpToEachOrigin() {
        // 2021: A, B, D (C has 2020-2021 only); 2022: all four, but D's only target (2023) is a break
        assertThat(result.eligible()).containsExactlyEntriesOf(new TreeMap<>(Map.of(2021, 3, 2022, 4)));
        BacktestTable.Row at2022 = table.row(ForecastModel.NAIVE_LAST, 2022, BacktestTable.ALL_HORIZONS)
                .orElseThrow();
        assertThat(at2022.las()).isEqualTo(3);
        assertThat(at2022.points()).isEqualTo(3);
    }

    @Test
    void summarisesEachModelAtEachOriginByTheMedianOfTheLasErrors() {
        // last value at 2021: A 121 against 133.1 (9.0909%) and 146.41 (17.3554%): mean 13.2231; B 240 against 240 (0)
        // and 288 (16.6667%): 8.3333; D 100 against 100 (0; 2023 is a break): 0. Median 8.3333, mean 7.1855
        BacktestTable.Row at2021 = table.row(ForecastModel.NAIVE_LAST, 2021, 0).orElseThrow();
        assertThat(at2021.medianError()).isCloseTo(8.333333, within(1e-6));
        assertThat(at2021.meanError()).isCloseTo((13.223140 + 8.333333 + 0) / 3, within(1e-6));
        // at 2022, one year ahead: A 9.0909%, B 16.6667%, C 70 against 80: 12.5%. Median 12.5
        assertThat(table.row(ForecastModel.NAIVE_LAST, 2022, 0).orElseThrow().medianError())
                .isCloseTo(12.5, within(1e-9));
        // by horizon: two years on from 2021, A 17.3554% and B 16.6667%: median 17.0110
        assertThat(table.row(ForecastModel.NAIVE_LAST, 2021, 2).orElseThrow().medianError())
                .isCloseTo((17.355372 + 16.666667) / 2, within(1e-6));
        // the mean over origins of the medians: (8.3333 + 12.5) / 2
        assertThat(table.score(ForecastModel.NAIVE_LAST).orElseThrow().meanMedianError())
                .isCloseTo((8.333333 + 12.5) / 2, within(1e-6));
    }

    @Test
    void scoresEachOriginsIntervalsWithTheOtherOriginsErrors() {
        // 2021's intervals from 2022's one-year log errors: A ln 1.1 = 0.0953, C ln(80/70) = 0.1335, B ln 1.2 = 0.1823:
        // q10 = 0.1030 and q90 = 0.1726 (the interval is widened to hold the forecast: 0 to 0.1726); two years
        // ahead the one-year quantiles doubled (0 to 0.3451). 2021's errors: A 0.0953 and 0.1906, B 0 and 0.1823,
        // D 0: all five inside.
        BacktestTable.Row at2021 = table.row(ForecastModel.NAIVE_LAST, 2021, 0).orElseThrow();
        assertThat(at2021.within80()).isEqualTo(5);
        assertThat(at2021.within95()).isEqualTo(5);
        // 2022's intervals from 2021's one-year errors 0, 0, 0.0953: q90 = 0.0762, q97.5 = 0.0858; 2022's errors
        // 0.0953, 0.1823, 0.1335 are all above: none inside
        BacktestTable.Row at2022 = table.row(ForecastModel.NAIVE_LAST, 2022, 0).orElseThrow();
        assertThat(at2022.within80()).isZero();
        assertThat(at2022.within95()).isZero();
        // pooled over origins: 5 of 8
        assertThat(table.score(ForecastModel.NAIVE_LAST).orElseThrow().coverage80())
                .isEqualTo(5.0 / 8);
    }

    @Test
    void choosesTheBlendWeightOnEarlierOriginsOnly() {
        // E grows 10% a year, F 20%: own growth predicts both exactly, so weight 1 has no error at the earlier origins
        LaPanel own = LaPanel.of(
                Map.of(
                        "E", years(2018, 100, 110, 121, 133.1, 146.41, 1),
                        "F", years(2018, 100, 120, 144, 172.8, 207.36, 1)),
                Map.of());
        // the collapse in 2023 comes after the origin 2022 and cannot change its weight
        assertThat(RollingBacktest.weight(ForecastModel.BLEND_NATIONAL, own, 2022, List.of()))
                .isEqualTo(1.0);
        // when every LA grows alike, every weight is as good: the tie goes to the lowest
        LaPanel alike = LaPanel.of(
                Map.of("E", years(2018, 100, 110, 121, 133.1), "F", years(2018, 200, 220, 242, 266.2)), Map.of());
        assertThat(RollingBacktest.weight(ForecastModel.BLEND_NATIONAL, alike, 2021, List.of()))
                .isEqualTo(0.0);
    }

    @Test
    void choosesTheMostAccurateModelWhoseIntervalsHold() {
        var tooNarrow = new BacktestTable.Score(ForecastModel.NATIONAL_GROWTH, 4.0, 100, 70, 90);
        var holds = new BacktestTable.Score(ForecastModel.REGIONAL_GROWTH, 4.5, 100, 80, 95);
        var worse = new BacktestTable.Score(ForecastModel.NAIVE_DRIFT, 6.0, 100, 80, 95);
        assertThat(BacktestTable.choose(List.of(tooNarrow, holds, worse))).isEqualTo(ForecastModel.REGIONAL_GROWTH);
        // when no model's intervals hold, the most accurate
        assertThat(BacktestTable.choose(List.of(tooNarrow))).isEqualTo(ForecastModel.NATIONAL_GROWTH);
    }
}
