package org.provisionlens.core.forecast;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Test fixture: every LA's all-plans series from a DfE caseload file, code changes merged, with the bundled regions. */
final class DfeCaseloadFile {

    /** The demo slice committed with the jobs: every LA's all-plans rows, 2019-2025. */
    static final Path DEMO = Path.of("../jobs/demo-data/dfe/caseload_all_plans_by_la_and_trafford.csv");

    private DfeCaseloadFile() {}

    static LaPanel read(Path file) throws IOException {
        Map<String, Map<Integer, Double>> values = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                String value = row.get("ehcplans");
                if (row.get("geographic_level").equals("Local authority")
                        && row.get("breakdown_topic").equals("All EHC plans")
                        && value.matches("\\d+")) {
                    String period = row.get("time_period");
                    int year = Integer.parseInt(period.substring(0, 2) + period.substring(4, 6));
                    values.computeIfAbsent(LaCodes.current(row.get("new_la_code")), la -> new TreeMap<>())
                            .merge(year, Double.parseDouble(value), Double::sum);
                }
            }
        }
        return LaPanel.of(values, LaRegions.bundled().regionOf());
    }
}
