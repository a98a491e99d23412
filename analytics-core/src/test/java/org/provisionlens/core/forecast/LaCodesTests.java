package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaCodesTests {

    @Test
    void buckinghamshiresOldCountyCodeIsItsUnitaryCode() {
        assertThat(LaCodes.current("E10000002")).isEqualTo("E06000060");
        assertThat(LaCodes.current("E06000060")).isEqualTo("E06000060");
        assertThat(LaCodes.current("E08000009")).isEqualTo("E08000009");
    }

    @Test
    void theDemoSliceGivesBuckinghamshireOneSeriesOfSevenYears() throws Exception {
        // DfE: E10000002 in 2019, 2020, 2024, 2025 (4054, 4595, 6697, 7217); E06000060 in 2021-2023 (4910, 5415, 5890)
        LaPanel panel = DfeCaseloadFile.read(DfeCaseloadFile.DEMO);
        assertThat(panel.series()).doesNotContainKey("E10000002");
        assertThat(panel.series().get("E06000060").values())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                        2019, 4054.0, 2020, 4595.0, 2021, 4910.0, 2022, 5415.0, 2023, 5890.0, 2024, 6697.0, 2025,
                        7217.0)));
        // its region is the South East, from the bundled list
        assertThat(panel.regionOf()).containsEntry("E06000060", "E12000008");
    }
}
