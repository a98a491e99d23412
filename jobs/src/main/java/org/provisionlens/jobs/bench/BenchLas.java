package org.provisionlens.jobs.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The LAs of the national scenarios. The generator's LAs for all England are those with an "All EHC plans" row at
 * local authority level in DfE's {@code dfe-ehc-plans-2025/sen_needs_all_plans.csv} for the year; the 10% and 50%
 * subsets are every 10th and every 2nd of them in GSS code order, starting with the first.
 */
final class BenchLas {

    static final String FILE = "dfe-ehc-plans-2025/sen_needs_all_plans.csv";

    private BenchLas() {}

    /** The generator's LAs for all England, by GSS code, in code order. */
    static List<String> generatorLas(Path data, String timePeriod) throws IOException {
        try (Reader reader = Files.newBufferedReader(data.resolve(FILE), StandardCharsets.UTF_8)) {
            return las(reader, timePeriod);
        }
    }

    static List<String> las(Reader csv, String timePeriod) throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        for (CSVRecord row : format.parse(new BomDropping(csv))) {
            if (timePeriod.equals(row.get("time_period"))
                    && "Local authority".equals(row.get("geographic_level"))
                    && "All EHC plans".equals(row.get("breakdown_topic"))
                    && !row.get("new_la_code").isBlank()) {
                codes.add(row.get("new_la_code"));
            }
        }
        return List.copyOf(codes);
    }

    /** Every {@code n}th code of the list in code order, starting with the first. */
    static List<String> everyNth(List<String> codes, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more; it was " + n);
        }
        List<String> sorted = codes.stream().sorted().toList();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += n) {
            chosen.add(sorted.get(i));
        }
        return List.copyOf(chosen);
    }

    /** A reader that drops a leading byte order mark (DfE's files start with one). */
    private static final class BomDropping extends java.io.FilterReader {
        private boolean first = true;

        BomDropping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return super.read();
                }
            }
            return c;
        }
    }
}
