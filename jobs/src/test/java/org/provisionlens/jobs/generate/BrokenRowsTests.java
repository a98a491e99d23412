package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken rows key against a checker of its own: every row the checker finds wrong is in the key with its line, and
 * nothing else is.
 */
class BrokenRowsTests {

    private static final Set<String> NEEDS = Set.of(
            "ASD", "HI", "MLD", "MSI", "OTH", "PD", "PMLD", "SEMH", "SLCN", "SLD", "SPLD", "VI", "NSA", "UNKNOWN");
    private static final Set<String> DOMAINS =
            Set.of("education", "health", "social care", "preparation for adulthood");

    @TempDir
    Path temp;

    @Test
    void theKeyListsExactlyTheRowsAReaderWouldQuarantineOfEveryKind() throws Exception {
        // the first 20 LAs in code order and Trafford: each LA starts the defects at its place in that order, so
        // about 18 services an LA at 5% bring every kind of service defect round
        List<String> las =
                new ArrayList<>(new TreeSet<>(GeneratedFiles.publishedPlans().keySet())).subList(0, 20);
        GeneratedFiles.generate(temp, "--la", String.join(",", las) + ",E08000009", "--broken-share", "0.05");
        Map<String, Map<Long, String>> key = new TreeMap<>();
        for (Map<String, String> row : GeneratedFiles.rows(temp.resolve(BrokenKey.FILE))) {
            key.computeIfAbsent(row.get("file"), f -> new TreeMap<>())
                    .put(Long.parseLong(row.get("line")), row.get("kind"));
        }
        assertThat(new TreeSet<>(key.get("child_records.csv").values()))
                .containsExactlyElementsOf(new TreeSet<>(ChildRows.DEFECTS));
        assertThat(new TreeSet<>(key.get("services.csv").values()))
                .containsExactlyElementsOf(new TreeSet<>(ServiceRows.DEFECTS));
        assertThat(new TreeSet<>(key.get("comments.csv").values()))
                .containsExactlyElementsOf(new TreeSet<>(CommentRows.DEFECTS));

        assertThat(wrongLines(temp.resolve("child_records.csv"), BrokenRowsTests::childProblem))
                .isEqualTo(key.get("child_records.csv").keySet());
        assertThat(wrongLines(temp.resolve("services.csv"), BrokenRowsTests::serviceProblem))
                .isEqualTo(key.get("services.csv").keySet());
        assertThat(wrongLines(temp.resolve("comments.csv"), BrokenRowsTests::commentProblem))
                .isEqualTo(key.get("comments.csv").keySet());

        // about 5% of each file
        List<String> summary =
                List.of(GeneratedFiles.generate(temp.resolve("again"), "--la", "E08000009", "--broken-share", "0.05")
                        .split("\n"));
        String children = summary.stream()
                .filter(line -> line.startsWith("child_records.csv"))
                .findFirst()
                .orElseThrow();
        // Trafford: 9,343 rows; 69th LA in code order (offset 68), phase frac(68 x 0.618034) = 0.0263;
        // floor(9343 x 0.05 + 0.0263) = floor(467.18) = 467
        assertThat(children.trim().split("\\s+")).containsExactly("child_records.csv", "9343", "467");
    }

    interface Check {
        /** Whether the row is wrong; {@code seen} holds the ids of earlier rows. */
        boolean wrong(Map<String, String> row, Set<String> seen);
    }

    /** The lines (header = 1) of the rows the check finds wrong; a blank line is wrong. */
    private static Set<Long> wrongLines(Path file, Check check) throws Exception {
        String text = Files.readString(file);
        CsvText.Table table = CsvText.read(file);
        Set<Long> wrong = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        long line = 2;
        int record = 0;
        for (String raw : physicalRecords(text)) {
            if (raw.isEmpty()) {
                wrong.add(line);
                line++;
                continue;
            }
            List<String> values = table.rows().get(record++);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                row.put(table.header().get(i), values.get(i));
            }
            if (check.wrong(row, seen)) {
                wrong.add(line);
            }
            seen.add(row.get(table.header().get(0)));
            line += raw.chars().filter(c -> c == '\n').count() + 1;
        }
        return wrong;
    }

    /** The file's records after the header, as raw text, a quoted line break kept inside its record. */
    private static List<String> physicalRecords(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                if (!header) {
                    records.add(current.toString());
                }
                header = false;
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return records;
    }

    private static boolean childProblem(Map<String, String> row, Set<String> seen) {
        String id = row.get("pseudonymous_id");
        boolean badDate = !isDate(row.get("plan_or_referral_date"))
                || (!row.get("waiting_since").isEmpty() && !isDate(row.get("waiting_since")));
        return id.isEmpty()
                || seen.contains(id)
                || !row.get("lsoa_code").matches("E01\\d{6}")
                || row.get("postcode_district").contains(" ")
                || (!row.get("age").isEmpty() && Integer.parseInt(row.get("age")) > 25)
                || !NEEDS.contains(row.get("primary_need"))
                || !Set.of("EHC plan", "SEN support").contains(row.get("support_level"))
                || badDate
                || (!row.get("waiting_since").isEmpty()
                        && LocalDate.parse(row.get("waiting_since"))
                                .isBefore(LocalDate.parse(row.get("plan_or_referral_date"))));
    }

    private static boolean serviceProblem(Map<String, String> row, Set<String> seen) {
        return row.get("name").isEmpty()
                || seen.contains(row.get("service_id"))
                || !Set.of("universal", "targeted", "specialist").contains(row.get("tier"))
                || !row.get("capacity").matches("\\d+")
                || row.get("capacity_unit").isEmpty()
                || !row.get("postcode").matches("|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}")
                || !Set.of("LA", "ICB", "joint").contains(row.get("funder"))
                || !DOMAINS.contains(row.get("domain"))
                || Integer.parseInt(row.get("waiting_weeks")) < 0;
    }

    private static boolean commentProblem(Map<String, String> row, Set<String> seen) {
        return row.get("text").isBlank()
                || !Set.of("child", "young person", "parent/carer", "professional")
                        .contains(row.get("respondent_type"))
                || seen.contains(row.get("id"))
                || !isDate(row.get("date"));
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
