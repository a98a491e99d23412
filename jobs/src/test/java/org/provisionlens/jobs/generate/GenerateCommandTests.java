package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;

class GenerateCommandTests {

    private static final List<String> FILES = List.of(
            "child_records.csv", "services.csv", "comments.csv", "manifest.json", "broken_rows.csv", "calibration.md");

    @TempDir
    Path temp;

    @Test
    void traffordHasExactlyItsPublishedPlansAndAsdPlansInItsOwnLsoas() throws Exception {
        Path out = temp.resolve("trafford");
        GeneratedFiles.generate(out, "--la", "E08000009");
        List<Map<String, String>> children = GeneratedFiles.rows(out.resolve("child_records.csv"));
        List<Map<String, String>> plans = children.stream()
                .filter(row -> row.get("support_level").equals("EHC plan"))
                .toList();
        // sen_needs_all_plans.csv, 202425, Local authority, E08000009, "All EHC plans": ehc_plans 3143, number_asd 709
        assertThat(plans).hasSize(3143);
        assertThat(plans.stream().filter(row -> row.get("primary_need").equals("ASD")))
                .hasSize(709);
        // and number_semh 826, number_slcn 757, number_need_unknown 8
        assertThat(plans.stream().filter(row -> row.get("primary_need").equals("SEMH")))
                .hasSize(826);
        assertThat(plans.stream().filter(row -> row.get("primary_need").equals("SLCN")))
                .hasSize(757);
        assertThat(plans.stream().filter(row -> row.get("primary_need").equals("UNKNOWN")))
                .hasSize(8);
        // the "Child or young persons age" rows "age 16" and "age 4": 236 and 94 plans
        assertThat(plans.stream().filter(row -> age(row) == 16)).hasSize(236);
        assertThat(plans.stream().filter(row -> age(row) == 4)).hasSize(94);
        assertThat(children).allSatisfy(row -> assertThat(age(row)).isBetween(0, 25));

        Set<String> traffordLsoas =
                GeneratedFiles.rows(GeneratedFiles.data().resolve(Geography.TRAFFORD_POPULATION)).stream()
                        .map(row -> row.get("area_code"))
                        .collect(Collectors.toSet());
        assertThat(traffordLsoas).hasSize(139);
        assertThat(children).allSatisfy(row -> assertThat(traffordLsoas).contains(row.get("lsoa_code")));
        assertThat(children.get(0).get("pseudonymous_id")).isEqualTo("T358-000001");
        assertThat(children.stream()
                        .filter(row -> row.get("birth_year").isEmpty())
                        .count())
                .isBetween(children.size() * 85L / 100, children.size() * 95L / 100);
        assertThat(children.stream()
                        .filter(row -> !row.get("waiting_since").isEmpty())
                        .count())
                .isBetween(children.size() * 5L / 100, children.size() * 10L / 100);

        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest)
                .contains(
                        "\"localAuthority\": \"E08000009\"",
                        "\"timePeriod\": \"202425\"",
                        "{\"format\": \"child-records-csv\", \"path\": \"child_records.csv\"}",
                        "{\"format\": \"service-csv\", \"path\": \"services.csv\"}",
                        "{\"format\": \"comments-csv\", \"path\": \"comments.csv\"}",
                        "generated");
        assertThat(Files.readString(out.resolve("calibration.md"))).contains("2.661", "children in need");
    }

    @Test
    void servicesAreSizedAroundDemandWithConsistentWaitingLists() {
        Path out = temp.resolve("services");
        GeneratedFiles.generate(out, "--la", "E08000009");
        List<Map<String, String>> services = GeneratedFiles.rows(out.resolve("services.csv"));
        assertThat(services).hasSizeGreaterThan(12);
        assertThat(services).allSatisfy(row -> {
            int capacity = Integer.parseInt(row.get("capacity"));
            int use = Integer.parseInt(row.get("current_use"));
            int waiting = Integer.parseInt(row.get("waiting_list"));
            assertThat(use).isLessThanOrEqualTo(capacity);
            assertThat(waiting == 0 || use == capacity).isTrue();
            assertThat(waiting == 0).isEqualTo(row.get("waiting_weeks").equals("0"));
            assertThat(row.get("capacity_unit")).isIn("places", "caseload", "hours per week");
            assertThat(row.get("funder")).isIn("LA", "ICB", "joint");
            assertThat(Double.parseDouble(row.get("latitude"))).isBetween(53.3, 53.5);
        });
        // Trafford's special school children are in its real special schools, so no generated one is written
        assertThat(services.stream().map(row -> row.get("service_id")))
                .contains("S358-SALT", "S358-RP-COMM", "S358-ISS")
                .noneMatch(id -> id.startsWith("S358-SS-"));
        assertThat(services.stream().filter(row -> !row.get("waiting_list").equals("0")))
                .isNotEmpty();
    }

    @Test
    void traffordsSpecialSchoolPlansAreInItsListedSpecialSchoolsAndOtherLasKeepGeneratedOnes() {
        Path out = temp.resolve("special");
        // Trafford (358) has a schools listing; Hartlepool (805) has none
        GeneratedFiles.generate(out, "--la", "E08000009,E06000001");
        List<Map<String, String>> children = GeneratedFiles.rows(out.resolve("child_records.csv"));
        Map<String, Long> traffordSpecial = children.stream()
                .filter(row -> row.get("pseudonymous_id").startsWith("T358"))
                .filter(row -> row.get("setting").matches("\\d{6}|S358-SS-.*"))
                .collect(Collectors.groupingBy(row -> row.get("setting"), Collectors.counting()));
        // the seven state special schools of trafford_schools_and_colleges.csv with a capacity (Egerton High, 131885,
        // gives none, so it gets no one); SEN2 2025 Trafford: Special - LA maintained + academy/free = 821 plans
        assertThat(traffordSpecial)
                .containsOnlyKeys("106167", "106391", "106394", "142288", "142289", "142782", "147372");
        assertThat(traffordSpecial.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(821);
        assertThat(children.stream().filter(row -> row.get("pseudonymous_id").startsWith("T805")))
                .anySatisfy(row -> assertThat(row.get("setting")).startsWith("S805-SS-"))
                .noneSatisfy(row -> assertThat(row.get("setting")).matches("\\d{6}"));
        List<String> services = GeneratedFiles.rows(out.resolve("services.csv")).stream()
                .map(row -> row.get("service_id"))
                .toList();
        assertThat(services).anyMatch(id -> id.startsWith("S805-SS-")).noneMatch(id -> id.startsWith("S358-SS-"));
    }

    @Test
    void commentsPlantFakePersonalDetailsAndQuoteLineBreaks() throws Exception {
        Path out = temp.resolve("comments");
        GeneratedFiles.generate(out, "--la", "E08000009");
        List<Map<String, String>> comments = GeneratedFiles.rows(out.resolve("comments.csv"));
        // 9,343 children / 20 = 467, capped at 400
        assertThat(comments).hasSize(400);
        long planted = comments.stream()
                .filter(row -> row.get("text").matches("(?s).*(07700 900\\d{3}|My name is|reply to).*"))
                .count();
        assertThat(planted).isBetween(20L, 60L);
        assertThat(comments).anySatisfy(row -> assertThat(row.get("text")).contains("\n"));
        assertThat(comments).anySatisfy(row -> assertThat(row.get("text")).contains("\""));
        assertThat(comments.stream().map(row -> row.get("respondent_type")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("child", "young person", "parent/carer", "professional");
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOthers() throws Exception {
        GeneratedFiles.generate(temp.resolve("a"), "--la", "E08000009", "--seed", "7", "--broken-share", "0.02");
        GeneratedFiles.generate(temp.resolve("b"), "--la", "E08000009", "--seed", "7", "--broken-share", "0.02");
        GeneratedFiles.generate(temp.resolve("c"), "--la", "E08000009", "--seed", "8", "--broken-share", "0.02");
        for (String file : FILES) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(file)));
        }
        for (String file : List.of("child_records.csv", "services.csv", "comments.csv")) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(file)))
                    .as(file)
                    .isNotEqualTo(Files.readAllBytes(temp.resolve("c").resolve(file)));
        }
    }

    @Test
    void anLasRowsAreTheSameAloneAsAmongOthers() throws Exception {
        GeneratedFiles.generate(temp.resolve("alone"), "--la", "E08000009", "--broken-share", "0.05");
        GeneratedFiles.generate(temp.resolve("among"), "--la", "E06000001,E08000009", "--broken-share", "0.05");
        for (String file : List.of("child_records.csv", "services.csv", "comments.csv")) {
            List<List<String>> alone = records(temp.resolve("alone").resolve(file));
            List<List<String>> among = records(temp.resolve("among").resolve(file));
            // several LAs' rows end with their LA (la_code), so that a national run can key them
            assertThat(among.get(0)).as(file).isEqualTo(concat(alone.get(0), "la_code"));
            for (List<String> record : alone.subList(1, 5)) {
                assertThat(among).as(file).contains(concat(record, "E08000009"));
            }
        }
        assertThat(temp.resolve("alone").resolve("national-manifest.json")).doesNotExist();
        assertThat(Files.readString(temp.resolve("among").resolve("national-manifest.json")))
                .contains("\"scope\": \"national\"", "\"localAuthorities\": [\"E06000001\", \"E08000009\"]");
    }

    private static List<String> concat(List<String> values, String last) {
        List<String> all = new java.util.ArrayList<>(values);
        all.add(last);
        return all;
    }

    private static List<List<String>> records(Path file) throws Exception {
        List<List<String>> records = new java.util.ArrayList<>();
        try (var reader = new org.provisionlens.core.csv.CsvRecordReader(Files.newBufferedReader(file))) {
            for (var record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    records.add(record.values());
                }
            }
        }
        return records;
    }

    @Test
    void otherLasHaveExactlyTheirPublishedPlans() {
        Path out = temp.resolve("others");
        // a unitary (Hartlepool), a London borough (Westminster), a former Cumbrian one and a county (Kent)
        GeneratedFiles.generate(out, "--la", "E06000001,E09000033,E06000063,E10000016");
        Map<String, Integer> published = GeneratedFiles.publishedPlans();
        Map<String, String> gssByOldCode = GeneratedFiles.oldCodes();
        Map<String, Integer> generated = new HashMap<>();
        for (Map<String, String> row : GeneratedFiles.rows(out.resolve("child_records.csv"))) {
            if (row.get("support_level").equals("EHC plan")) {
                generated.merge(gssByOldCode.get(row.get("pseudonymous_id").substring(1, 4)), 1, Integer::sum);
            }
        }
        assertThat(generated).containsOnlyKeys("E06000001", "E09000033", "E06000063", "E10000016");
        generated.forEach((la, plans) -> assertThat(plans).as(la).isEqualTo(published.get(la)));
    }

    @Test
    void allOfEnglandHasEveryPublishedPlan() throws Exception {
        Path out = temp.resolve("england");
        String printed = GeneratedFiles.generate(out, "--all-england");
        int expected = GeneratedFiles.publishedPlans().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        long plans;
        long rows;
        Set<String> ids = new HashSet<>();
        try (var lines = Files.lines(out.resolve("child_records.csv"))) {
            List<String> all = lines.skip(1).toList();
            rows = all.size();
            plans = all.stream().filter(line -> line.contains(",EHC plan,")).count();
            all.forEach(line -> ids.add(line.substring(0, line.indexOf(','))));
        }
        assertThat(plans).isEqualTo(expected);
        assertThat(ids).hasSize((int) rows);
        assertThat(rows).isBetween(1_600_000L, 2_000_000L);
        assertThat(printed).contains("100% 153/153", "child_records.csv", "broken rows");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"localAuthority\": \"E08000009\"");
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Launch launch = new Launch(printed, printed, Map.of(), temp);
        assertThat(ProvisionLensJobs.execute(launch, "generate", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains(
                        "Missing required argument",
                        "--la=CODE",
                        "--all-england",
                        "Usage: provision-lens-jobs generate");
        buffer.reset();
        assertThat(ProvisionLensJobs.execute(launch, "generate", "--la", "E99999999", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("no published EHC plans", "E99999999");
        buffer.reset();
        assertThat(ProvisionLensJobs.execute(
                        launch, "generate", "--all-england", "--broken-share", "0.9", "--out", temp.toString()))
                .isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("--broken-share must be between 0 and 0.5; it was 0.9");
    }

    private static int age(Map<String, String> row) {
        // birth_year is the reference year less the age, as the child-records reader counts it (202425 -> 2025)
        return row.get("age").isEmpty()
                ? 2025 - Integer.parseInt(row.get("birth_year"))
                : Integer.parseInt(row.get("age"));
    }
}
