package org.provisionlens.dashboards.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void csvEscapesQuotesCommasAndFormulae() {
        assertThat(Csv.line(Arrays.asList("a,b", "say \"hi\"", null, -3, "=SUM(A1)", "line\nbreak")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,-3,'=SUM(A1),\"line\nbreak\"\r\n");
    }

    @Test
    void fileNamesSayTheLocalAuthorityTheRunAndTheTable() {
        assertThat(Csv.fileName("E08000009", 12, "SERVICES")).isEqualTo("provision-lens-e08000009-run-12-services.csv");
        assertThat(Csv.fileName("LA 358/x", 3, "needs")).isEqualTo("provision-lens-la-358-x-run-3-needs.csv");
    }
}
