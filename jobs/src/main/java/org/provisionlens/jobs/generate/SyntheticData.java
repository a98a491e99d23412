package org.provisionlens.jobs.generate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the files for the chosen LAs, one LA at a time (only one LA's rows are ever in memory), each LA from its
 * own random stream seeded from (seed, GSS code), so an LA's rows are the same alone or within all of England.
 */
final class SyntheticData {

    /** Rows and broken rows written to each file. */
    record Summary(List<String> files, List<Long> rows, List<Long> broken, long ehcPlans, long senSupport) {}

    private SyntheticData() {}

    static Summary generate(GenerateOptions options, Calibration calibration, PrintStream out) throws Exception {
        Map<String, PublishedPlans.LaRows> all = calibration.plans().localAuthorities();
        List<String> codes = options.allEngland() ? List.copyOf(all.keySet()) : options.laCodes();
        for (String code : codes) {
            if (!all.containsKey(code)) {
                throw new IllegalArgumentException("no published EHC plans for " + code + " in " + options.year() + " ("
                        + PublishedPlans.FILE + ")");
            }
        }
        List<String> order = List.copyOf(all.keySet());
        Path folder = options.out();
        Files.createDirectories(folder);
        double[] englandNeeds = calibration.plans().englandNeedWeights();
        double[] agePopulation = calibration.geography().agePopulation();
        long plans = 0;
        long support = 0;
        ProgressBar progress = new ProgressBar(out, codes.size(), codes.size() > 1);
        boolean national = codes.size() > 1;
        try (OutputFile children = new OutputFile(folder, ChildRows.FILE, ChildRows.HEADER, national);
                OutputFile services = new OutputFile(folder, ServiceRows.FILE, ServiceRows.HEADER, national);
                OutputFile comments = new OutputFile(folder, CommentRows.FILE, CommentRows.HEADER, national);
                BrokenKey key = new BrokenKey(folder)) {
            for (String code : codes) {
                PublishedPlans.LaRows la = all.get(code);
                children.la(code);
                services.la(code);
                comments.la(code);
                int offset = order.indexOf(code);
                SplittableRandom random = new SplittableRandom(seedFor(options.seed(), code));
                SplittableRandom childRandom = random.split();
                SplittableRandom serviceRandom = random.split();
                SplittableRandom commentRandom = random.split();
                LaGeography geography = calibration.geography().of(code);
                List<Child> generated = ChildGenerator.generate(
                        la, englandNeeds, geography, agePopulation, options.snapshot(), childRandom);
                // services are sized on the generated settings, so their random draws are the same with or without
                // the LA's real special schools; then those children move to the real schools, and the generated
                // special schools go
                List<GeneratedService> laServices =
                        ServiceGenerator.generate(la, generated, geography, options.snapshot(), serviceRandom);
                List<ListedSpecialSchools.School> listed =
                        calibration.specialSchools().getOrDefault(code, List.of());
                Set<String> specialSchools = Settings.specialSchoolIds(la.oldCode());
                List<Child> kids = ListedSpecialSchools.place(generated, specialSchools, listed);
                if (!listed.isEmpty()) {
                    laServices = laServices.stream()
                            .filter(service -> !specialSchools.contains(service.serviceId()))
                            .toList();
                }
                for (Child kid : kids) {
                    if (kid.ehcPlan()) {
                        plans++;
                    } else {
                        support++;
                    }
                }
                List<GeneratedComment> laComments = CommentGenerator.generate(
                        kids.size(), laServices, geography, calibration.firstNames(), options.endYear(), commentRandom);
                double share = options.brokenShare();
                ChildRows.write(
                        children,
                        key,
                        kids,
                        la.oldCode(),
                        options.endYear(), // the readers count age = reference year - birth year
                        new BrokenSchedule(share, ChildRows.DEFECTS.size(), offset));
                ServiceRows.write(
                        services, key, laServices, new BrokenSchedule(share, ServiceRows.DEFECTS.size(), offset));
                CommentRows.write(
                        comments,
                        key,
                        laComments,
                        la.oldCode(),
                        new BrokenSchedule(share, CommentRows.DEFECTS.size(), offset));
                progress.step(la.name());
            }
            progress.done();
            Summary summary = new Summary(
                    List.of(children.name(), services.name(), comments.name()),
                    List.of(children.rows(), services.rows(), comments.rows()),
                    List.of(children.broken(), services.broken(), comments.broken()),
                    plans,
                    support);
            writeManifest(
                    folder, options, codes.size() == 1 ? all.get(codes.get(0)).name() : null);
            if (national) {
                writeNationalManifest(folder, options);
            }
            Files.writeString(
                    folder.resolve(CalibrationNotes.FILE),
                    CalibrationNotes.text(options, calibration, codes, summary),
                    StandardCharsets.UTF_8);
            return summary;
        }
    }

    /** The LA's seed: the run's seed mixed with a 64-bit FNV-1a hash of the GSS code. */
    static long seedFor(long seed, String laCode) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : laCode.getBytes(StandardCharsets.US_ASCII)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash ^ (seed * 0x9E3779B97F4A7C15L);
    }

    private static void writeManifest(Path folder, GenerateOptions options, String laName) throws Exception {
        String scope = options.allEngland()
                ? "all of England"
                : laName != null ? laName : String.join(", ", options.laCodes());
        String la =
                options.allEngland() ? Geography.TRAFFORD : options.laCodes().get(0);
        String name = "Provision Lens generated synthetic data: " + scope + ", seed " + options.seed()
                + (options.brokenShare() > 0 ? ", broken share " + options.brokenShare() : "");
        String json = "{\n"
                + "  \"name\": \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\n"
                + "  \"localAuthority\": \"" + la + "\",\n"
                + "  \"timePeriod\": \"" + options.year() + "\",\n"
                + "  \"inputs\": {\n"
                + "    \"children\": {\"format\": \"child-records-csv\", \"path\": \"" + ChildRows.FILE + "\"},\n"
                + "    \"services\": {\"format\": \"service-csv\", \"path\": \"" + ServiceRows.FILE + "\"},\n"
                + "    \"comments\": {\"format\": \"comments-csv\", \"path\": \"" + CommentRows.FILE + "\"}\n"
                + "  }\n"
                + "}\n";
        Files.writeString(folder.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }

    /** The national run's manifest of the files (rows keyed by la_code) and the public data found for it. */
    static final String NATIONAL_MANIFEST = "national-manifest.json";

    private static void writeNationalManifest(Path folder, GenerateOptions options) throws Exception {
        String scope = options.allEngland() ? "all of England" : String.join(", ", options.laCodes());
        String name = "Provision Lens generated synthetic data, national run: " + scope + ", seed " + options.seed()
                + (options.brokenShare() > 0 ? ", broken share " + options.brokenShare() : "");
        String las = options.allEngland()
                ? "\"all\""
                : "["
                        + String.join(
                                ", ",
                                options.laCodes().stream()
                                        .map(c -> "\"" + c + "\"")
                                        .toList()) + "]";
        StringBuilder inputs = new StringBuilder()
                .append("    \"children\": {\"format\": \"child-records-csv\", \"path\": \"" + ChildRows.FILE
                        + "\"},\n")
                .append("    \"services\": {\"format\": \"service-csv\", \"path\": \"" + ServiceRows.FILE + "\"},\n")
                .append("    \"comments\": {\"format\": \"comments-csv\", \"path\": \"" + CommentRows.FILE + "\"}");
        Path data = options.data().toAbsolutePath().normalize();
        optional(inputs, "ehcPlansByNeedAndSetting", "dfe-ehc-plan-needs-csv", data, PublishedPlans.FILE);
        optional(inputs, "ehcPlanCaseload", "dfe-ees-csv", data, "dfe-ehc-plans-2025/caseload.csv");
        optional(inputs, "lsoaCentroids", "lsoa-centroids-csv", data, "geography/lsoa_latlong.csv");
        String json = "{\n"
                + "  \"name\": \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\n"
                + "  \"scope\": \"national\",\n"
                + "  \"localAuthorities\": " + las + ",\n"
                + "  \"timePeriod\": \"" + options.year() + "\",\n"
                + "  \"inputs\": {\n" + inputs + "\n  }\n"
                + "}\n";
        Files.writeString(folder.resolve(NATIONAL_MANIFEST), json, StandardCharsets.UTF_8);
    }

    /**
     * Adds a public data file when the data folder has it, or else the nearest {@code shared/data} above the working
     * directory (the bundled calibration copy holds only what the generator reads: no DfE caseload); absolute paths.
     */
    private static void optional(StringBuilder inputs, String key, String format, Path data, String file) {
        Path found = Files.isRegularFile(data.resolve(file)) ? data.resolve(file) : null;
        for (Path dir = Path.of("").toAbsolutePath(); found == null && dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(file);
            if (Files.isRegularFile(candidate)) {
                found = candidate;
            }
        }
        if (found != null) {
            String path = found.toAbsolutePath().normalize().toString().replace("\\", "/");
            inputs.append(",\n    \"" + key + "\": {\"format\": \"" + format + "\", \"path\": \"" + path + "\"}");
        }
    }
}
