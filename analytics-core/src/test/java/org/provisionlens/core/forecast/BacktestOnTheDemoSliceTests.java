package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-test on the DfE all-plans series of every English LA, as committed in the demo slice (the same rows as the
 * real 2025 release's caseload.csv: 159 LA codes, 2019-2025). The README's table is this table: the test renders it and
 * checks the README holds it, figure for figure.
 */
class BacktestOnTheDemoSliceTests {

    private static RollingBacktest.Result result;
    private static BacktestTable table;

    @BeforeAll
    static void backTest() throws Exception {
        result = RollingBacktest.run(
                DfeCaseloadFile.read(DfeCaseloadFile.DEMO), RollingBacktest.ORIGINS, RollingBacktest.MAX_HORIZON);
        table = BacktestTable.of(result);
    }

    @Test
    void theChosenModelMeetsTheTargets() {
        assertThat(table.chosen()).isEqualTo(ForecastModel.BLEND_REGIONAL);
        // median error at the 2022 origin at most 5.0%: 4.67%
        assertThat(figure(table.row(ForecastModel.BLEND_REGIONAL, 2022, 0)
                        .orElseThrow()
                        .medianError()))
                .isEqualTo("4.67");
        // at least 20% better than naive drift, averaged over origins: 4.30 against 5.56, 22.7% better
        BacktestTable.Score chosen = table.score(ForecastModel.BLEND_REGIONAL).orElseThrow();
        BacktestTable.Score drift = table.score(ForecastModel.NAIVE_DRIFT).orElseThrow();
        assertThat(figure(chosen.meanMedianError())).isEqualTo("4.30");
        assertThat(figure(drift.meanMedianError())).isEqualTo("5.56");
        assertThat(String.format(Locale.UK, "%.1f", 100 * (1 - chosen.meanMedianError() / drift.meanMedianError())))
                .isEqualTo("22.7");
        // intervals pooled over origins: 80% held 77.4%, 95% held 93.9%
        assertThat(String.format(Locale.UK, "%.1f %.1f", 100 * chosen.coverage80(), 100 * chosen.coverage95()))
                .isEqualTo("77.4 93.9");
    }

    @Test
    void mergesBuckinghamshireAndFlagsNewhamAndNottingham() {
        // Nottingham 2024: 1,371 to 2,115; Newham 2025: 2,705 to 1,199
        assertThat(result.breaks())
                .extracting(b -> String.format(Locale.UK, "%s %d %.0f %.0f", b.la(), b.year(), b.previous(), b.value()))
                .containsExactly("E06000018 2024 1371 2115", "E09000025 2025 2705 1199");
        // the regional blend's weight on own growth, chosen on the years before each origin
        assertThat(result.weights().get(ForecastModel.BLEND_REGIONAL).values()).containsExactly(0.0, 0.25, 0.25, 0.25);
        // LAs with 3 years up to the origin: 149 at 2021 (BCP and Dorset start in 2020, North and West
        // Northamptonshire in 2022), 150 at 2022 and 2023, 151 at 2024 (the Northamptonshires join, Cumbria has ended)
        assertThat(result.eligible().values()).containsExactly(149, 150, 150, 151);
    }

    @Test
    void theReadmeShowsThisTable() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(table.markdown());
    }

    static String figure(double percent) {
        return String.format(Locale.UK, "%.2f", percent);
    }
}
