package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;

class DomainTierTableTests {

    @Test
    void everyDomainAndTierWithNotRecordedLastAndNullsCountedThere() {
        DomainTierTable table = DomainTierTable.of(List.of(
                new DomainTierTable.Count("HEALTH", "SPECIALIST", 3),
                new DomainTierTable.Count("HEALTH", null, 2),
                new DomainTierTable.Count(null, "UNIVERSAL", 4)));

        assertThat(table.columns()).containsExactly("Universal", "Targeted", "Specialist", "Not recorded");
        assertThat(table.lines())
                .containsExactly(
                        new DomainTierTable.Line("Education", List.of(0, 0, 0, 0)),
                        new DomainTierTable.Line("Health", List.of(0, 0, 3, 2)),
                        new DomainTierTable.Line("Social care", List.of(0, 0, 0, 0)),
                        new DomainTierTable.Line("Preparation for adulthood", List.of(0, 0, 0, 0)),
                        new DomainTierTable.Line("Not recorded", List.of(4, 0, 0, 0)));
    }

    @Test
    void theChartStacksExactlyTheTablesNumbers() {
        DomainTierTable table = DomainTierTable.of(List.of(new DomainTierTable.Count("HEALTH", "SPECIALIST", 3)));

        BarChart chart = table.chart();

        assertThat(chart.id()).isEqualTo("domain-tier-chart");
        assertThat(chart.values()).hasSize(20);
        assertThat(chart.values()).contains(new ChartValue("Specialist", "Health", 3.0));
        assertThat(chart.values().stream().mapToDouble(ChartValue::value).sum()).isEqualTo(3.0);
        assertThat(table.svg()).contains("<title id=\"domain-tier-chart-title\">Services by domain and tier</title>");
    }
}
