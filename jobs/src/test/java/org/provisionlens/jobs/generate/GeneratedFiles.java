package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;

/** Test fixtures: runs the command through the command line, reads what it wrote, and DfE's published figures straight from the file. */
final class GeneratedFiles {

    private GeneratedFiles() {}

    /** Runs {@code generate} with the arguments and the output folder, and checks it succeeded. */
    static String generate(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("generate"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = ProvisionLensJobs.execute(
                new Launch(printed, printed, Map.of(), Path.of("")), all.toArray(String[]::new));
        assertThat(status).as(buffer.toString(StandardCharsets.UTF_8)).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static CsvText.Table read(Path file) {
        return CsvText.read(file);
    }

    /** Each column's value by name, for every row. */
    static List<Map<String, String>> rows(Path file) {
        CsvText.Table table = CsvText.read(file);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                values.put(table.header().get(i), i < row.size() ? row.get(i) : "");
            }
            rows.add(values);
        }
        return rows;
    }

    static Path data() {
        return GenerateOptions.findData();
    }

    /** DfE's published ehc_plans of every LA in 202425 ("All EHC plans" rows), read from the file. */
    static Map<String, Integer> publishedPlans() {
        Map<String, Integer> plans = new HashMap<>();
        for (Map<String, String> row : rows(data().resolve(PublishedPlans.FILE))) {
            if ("202425".equals(row.get("time_period"))
                    && "Local authority".equals(row.get("geographic_level"))
                    && "All EHC plans".equals(row.get("breakdown_topic"))) {
                plans.put(row.get("new_la_code"), Integer.valueOf(row.get("ehc_plans")));
            }
        }
        return plans;
    }

    /** DfE's three-digit LA number for each GSS code, the part of each pseudonymous id after the T. */
    static Map<String, String> oldCodes() {
        Map<String, String> codes = new HashMap<>();
        for (Map<String, String> row : rows(data().resolve(PublishedPlans.FILE))) {
            if ("Local authority".equals(row.get("geographic_level"))) {
                codes.put(row.get("old_la_code"), row.get("new_la_code"));
            }
        }
        return codes;
    }
}
