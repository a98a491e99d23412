package org.provisionlens.dashboards.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SufficiencyRowTests {

    static SufficiencyRow row(String status, int places, int unknown, int plans, Integer gap, String occupancy) {
        return new SufficiencyRow(
                "k",
                "Kind",
                1,
                3,
                unknown,
                places,
                status,
                plans,
                gap,
                occupancy == null ? null : new BigDecimal(occupancy),
                false);
    }

    @Test
    void completeCapacityShowsExactFigures() {
        SufficiencyRow shortfall = row("complete", 100, 0, 130, 30, "130.0");
        assertThat(shortfall.placesText("Trafford")).isEqualTo("100");
        assertThat(shortfall.gapText()).isEqualTo("30 short");
        assertThat(shortfall.occupancyText()).isEqualTo("130.0%");
        assertThat(row("complete", 1200, 0, 1000, -200, "83.3").gapText()).isEqualTo("200 spare");
        assertThat(row("complete", 10, 0, 10, 0, "100").occupancyText()).isEqualTo("100.0%");
    }

    @Test
    void partialCapacityGivesBoundsInTheDirectionUnknownPlacesCouldMoveThem() {
        SufficiencyRow spare = row("partial", 932, 2, 821, -111, "88.1");
        assertThat(spare.placesText("Trafford")).isEqualTo("at least 932");
        assertThat(spare.placesNote()).isEqualTo("capacity unknown for 2 settings");
        assertThat(spare.gapText()).isEqualTo("at least 111 spare");
        assertThat(spare.occupancyText()).isEqualTo("at most 88.1%");
        assertThat(row("partial", 50, 1, 80, 30, "160.0").gapText()).isEqualTo("at most 30 short");
    }

    @Test
    void unknownCapacityIsUnknownNeverZero() {
        SufficiencyRow unknown = row("unknown", 0, 3, 55, null, null);
        assertThat(unknown.placesText("Trafford")).isEqualTo("Unknown");
        assertThat(unknown.gapText()).isEqualTo("Unknown");
        assertThat(unknown.occupancyText()).isEqualTo("Unknown");
        assertThat(unknown.chartPlaces()).isNull();
        assertThat(row("none_in_area", 0, 0, 14, 14, null).placesText("Trafford"))
                .isEqualTo("None in Trafford");
    }

    @Test
    void plansPerThousandResidentsIsComputedToOneDecimal() {
        Headline headline = new Headline("E08000009", "358", "Trafford", "2024/25", 3143, 1016, 140, 80000, "2023");
        assertThat(headline.plansPerThousandText()).isEqualTo("39.3");
        assertThat(new Headline("E", "1", "X", "t", 5, 0, 0, 0, "y").plansPerThousandText())
                .isEqualTo("Unknown");
    }
}
