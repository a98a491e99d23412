package org.provisionlens.jobs.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.sources.ServiceCsv;

/**
 * The national run turns one LA's accepted service rows into services as a one-LA run does, findings included: an
 * email ending in a full stop is kept without it and recorded, with the line and service, for the LA's input_finding
 * rows and run_input.rows_with_findings.
 */
class NationalFindingsTests {

    private static final StructType SCHEMA = schema();

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(new StructField(CsvInput.LINE, DataTypes.LongType, false, Metadata.empty()));
        ServiceCsv.COLUMNS.forEach(c -> fields.add(new StructField(c, DataTypes.StringType, true, Metadata.empty())));
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static Row row(long line, String id, String name, String email, String minAge, String maxAge) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = line;
        values[1 + ServiceCsv.COLUMNS.indexOf("service_id")] = id;
        values[1 + ServiceCsv.COLUMNS.indexOf("name")] = name;
        values[1 + ServiceCsv.COLUMNS.indexOf("email")] = email;
        values[1 + ServiceCsv.COLUMNS.indexOf("min_age")] = minAge;
        values[1 + ServiceCsv.COLUMNS.indexOf("max_age")] = maxAge;
        return new GenericRowWithSchema(values, SCHEMA);
    }

    @Test
    void anLasServiceRowsKeepTheirFindings() {
        LaContext context = new LaContext(
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                2030,
                LocalDate.of(2025, 8, 31),
                Map.of(),
                new String[] {"children", "child-records-csv", "children.csv", "a", "children.csv"},
                new String[] {"services", "service-csv", "services.csv", "b", "services.csv"},
                null);
        List<QuarantineEntry> quarantine = new ArrayList<>();

        // lines out of order: the services are taken in line order
        LaFunctions.Services services = LaFunctions.services(
                context,
                List.of(
                        row(3, "S2", "Portage", "portage@example.org", "5", "2"),
                        row(2, "S1", "Short breaks", "breaks@example.org.", "5", "18"),
                        row(4, "S3", "Clinic", "clinic@example.org", "0", "19")),
                quarantine);

        assertThat(quarantine).isEmpty();
        assertThat(services.accepted()).isEqualTo(3);
        assertThat(services.withFindings()).isEqualTo(2);
        assertThat(services.findings().stream()
                        .map(f -> f.inputName() + " " + f.file() + ":" + f.line() + " " + f.serviceId() + " "
                                + f.field() + " [" + f.value() + "] -> [" + f.keptAs() + "]")
                        .toList())
                .containsExactly(
                        "services services.csv:2 services:S1 email [breaks@example.org.] -> [breaks@example.org]",
                        "services services.csv:3 services:S2 max_age [2] -> [null]");
        assertThat(services.list().stream().map(s -> s.id() + " " + s.email()))
                .containsExactly(
                        "services:S1 breaks@example.org",
                        "services:S2 portage@example.org",
                        "services:S3 clinic@example.org");
    }
}
