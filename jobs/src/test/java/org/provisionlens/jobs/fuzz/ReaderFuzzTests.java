package org.provisionlens.jobs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.impact.ProposalFiles;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.national.NationalManifest;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.ReadContext;
import org.yaml.snakeyaml.Yaml;

/**
 * Every reader fed broken variants of a small valid file (see {@link CsvMutations} and {@link JsonMutations}): each
 * variant either reads, with read = accepted + quarantined and every quarantine entry naming its file, line or
 * pointer, field and reason (its value cut to a few hundred characters), or is refused with the platform's exception
 * ({@link InputException}, {@link ManifestException}, {@link ProposalFiles.BadProposal}) naming the file. Anything
 * else (a NullPointerException, an index out of bounds, a stack overflow, a Spark error without our message) fails
 * the reader's test, naming the variant and its seed so that it can be replayed.
 *
 * <p>22 readers, 14 of each CSV reader's 36 variants (a seeded sample: the CSV layer under them is shared, and
 * together they cover every kind) and all of each JSON reader's 47 or 48: about 450 cases, one Spark session. Its run
 * time is dominated by the CSV variants, each a small Spark read (the 5 MB values the longest): about 90 s of CPU,
 * which is more than the usual 60 s because it is the one test that feeds every reader broken files; on the shared
 * two-core machine with five other builds running it took 11 minutes.
 *
 * <p>{@code oruk-json} failed 4 variants when this was written (a NullPointerException in {@code
 * OrukJsonReader.parse} when Jackson refuses a document by its limits and gives no location: a 100,000-digit number,
 * nesting 100,000 deep); fixed since.
 */
class ReaderFuzzTests {

    /** The seed every reader's variants start from; a failure gives the seed of its variant. */
    private static final long SEED = 20261203L;

    private static final Path DEMO = Path.of("demo-data");

    /** How many of a CSV reader's variants (about 36) are read. */
    private static final int CSV_VARIANTS_PER_READER = 14;

    private static final ReadContext CONTEXT = new ReadContext("E08000009", "202425");

    private static SparkSession spark;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** A reader under test: how it reads one file, and the exception types that are its clear refusals. */
    private record Reader(String name, String extension, String valid, boolean json, Function<Path, Object> read) {}

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesBrokenFiles() throws IOException {
        List<Reader> readers = new ArrayList<>();
        csv(readers, InputFormat.TRAFFORD_SCHOOLS_CSV, DEMO.resolve("trafford/trafford_schools_and_colleges.csv"));
        Path schools = DEMO.resolve("trafford/trafford_schools_and_colleges.csv");
        readers.add(new Reader(
                "trafford-schools-csv, read by Spark's file reader (as a large file or a national input is)",
                ".csv",
                sample(schools, InputFormat.TRAFFORD_SCHOOLS_CSV),
                false,
                path -> {
                    System.setProperty(CsvInput.DRIVER_READ_PROPERTY, "0");
                    try {
                        return read(InputFormat.TRAFFORD_SCHOOLS_CSV, path);
                    } finally {
                        System.clearProperty(CsvInput.DRIVER_READ_PROPERTY);
                    }
                }));
        csv(readers, InputFormat.DFE_EHC_PLAN_NEEDS_CSV, DEMO.resolve("dfe/sen_needs_all_plans_trafford.csv"));
        csv(readers, InputFormat.DFE_EES_CSV, DEMO.resolve("dfe/caseload_all_plans_by_la_and_trafford.csv"));
        csv(
                readers,
                InputFormat.ONS_LSOA_POPULATION_CSV,
                DEMO.resolve("trafford/mid-year_2024_population_estimates_lsoa.csv"));
        csv(
                readers,
                InputFormat.ONS_LA_POPULATION_CSV,
                DEMO.resolve("trafford/mid-year_2024_population_estimates_local_authority.csv"));
        csv(readers, InputFormat.LSOA_CENTROIDS_CSV, DEMO.resolve("geography/lsoa_centroids_trafford.csv"));
        csv(readers, InputFormat.CHILD_RECORDS_CSV, DEMO.resolve("generated/child_records.csv"));
        csv(readers, InputFormat.SERVICE_CSV, DEMO.resolve("generated/services.csv"));
        csv(readers, InputFormat.GIAS_EXTRACT_CSV, Path.of("src/test/resources/fixtures/gias-extract-trafford.csv"));
        csv(readers, InputFormat.COMMENTS_CSV, Path.of("src/test/resources/fixtures/sources/comments-clean.csv"));
        csv(
                readers,
                InputFormat.NHS_COMMUNITY_WAITING_LIST_CSV,
                DEMO.resolve("nhs/community_waiting_lists_greater_manchester.csv"));
        csv(readers, InputFormat.ONS_SUB_ICB_LOOKUP_CSV, DEMO.resolve("nhs/sub_icb_to_icb_lookup_2022.csv"));
        csv(readers, InputFormat.SERVICE_FUNDING_CSV, DEMO.resolve("funding/trafford_service_funding_demo.csv"));
        csv(
                readers,
                InputFormat.CONSULTATION_REGISTER_CSV,
                DEMO.resolve("consultation/trafford_consultation_register_2024-25.csv"));
        json(
                readers,
                InputFormat.COMMENTS_JSON,
                Files.readString(Path.of("src/test/resources/fixtures/sources/comments-clean.json")));
        json(
                readers,
                InputFormat.ORUK_JSON,
                Files.readString(Path.of("src/test/resources/fixtures/trafford-directory.json")));
        json(readers, InputFormat.AREA_BOUNDARIES_GEOJSON, smallGeoJson());
        readers.add(new Reader("review manifest", ".json", reviewManifest(), true, RunManifest::read));
        readers.add(new Reader("national manifest", ".json", NATIONAL_MANIFEST, true, NationalManifest::read));
        readers.add(new Reader("proposal (impact command)", ".json", proposal(), true, ProposalFiles::read));
        readers.add(new Reader("proposal named by a manifest", ".json", proposal(), true, proposal -> {
            try {
                Path manifest = Files.writeString(folder.resolve("with-proposal.json"), """
                        {"name": "Fuzzed proposal", "localAuthority": "E08000009", "timePeriod": "202425",
                         "inputs": {"schools": {"format": "trafford-schools-csv", "path": "%s"}},
                         "proposals": ["%s"]}
                        """.formatted(
                                schools.toAbsolutePath(), proposal.toAbsolutePath()));
                return RunManifest.read(manifest);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        return readers.stream().map(reader -> DynamicTest.dynamicTest(reader.name(), () -> fuzz(reader)));
    }

    private void fuzz(Reader reader) throws IOException {
        long seed = SEED + reader.name().hashCode();
        List<Variant> variants;
        if (reader.json()) {
            variants = JsonMutations.of(reader.valid(), seed);
        } else {
            // each CSV variant is a Spark read: every reader gets a seeded sample of the kinds (the CSV layer under
            // them is shared), so that together they cover every kind without the suite costing minutes
            variants = new ArrayList<>(CsvMutations.of(reader.valid(), seed));
            java.util.Collections.shuffle(variants, new java.util.Random(seed));
            variants = variants.subList(0, Math.min(CSV_VARIANTS_PER_READER, variants.size()));
        }
        List<String> failures = new ArrayList<>();
        int number = 0;
        for (Variant variant : variants) {
            Path file = folder.resolve(safe(reader.name()) + "-" + (++number) + reader.extension());
            Files.write(file, variant.bytes());
            String failure = outcome(reader, file, variant);
            if (failure != null) {
                failures.add(variant + ": " + failure);
            }
            Files.delete(file);
        }
        System.out.println(
                "fuzz " + reader.name() + ": " + variants.size() + " variants, " + failures.size() + " failed");
        assertThat(failures)
                .as(reader.name() + ": " + variants.size() + " variants")
                .isEmpty();
    }

    /** Null when the reader dealt with the variant as it must; else what went wrong. */
    private static String outcome(Reader reader, Path file, Variant variant) {
        Object result;
        try {
            result = reader.read().apply(file);
            if (result instanceof IngestedInput ingested) {
                // Spark is lazy: the accepted rows must be computable too
                ingested.accepted().collectAsList();
            }
        } catch (InputException | ManifestException | ProposalFiles.BadProposal refused) {
            String message = refused.getMessage();
            if (message == null || !message.contains(file.getFileName().toString())) {
                return "refused without naming the file: " + message;
            }
            return null;
        } catch (Throwable unexpected) {
            StringWriter trace = new StringWriter();
            unexpected.printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            return "unexpected " + text.substring(0, Math.min(2_000, text.length()));
        }
        if (result instanceof CheckedInput checked) {
            return checked(checked, file);
        }
        return null;
    }

    private static String checked(CheckedInput input, Path file) {
        if (input.rowsRead() != input.rowsAccepted() + input.rowsQuarantined()) {
            return "read " + input.rowsRead() + " but accepted " + input.rowsAccepted() + " and quarantined "
                    + input.rowsQuarantined();
        }
        List<QuarantineEntry> entries = input.quarantineEntries();
        if ((input.rowsQuarantined() == 0) != entries.isEmpty()) {
            return input.rowsQuarantined() + " rows quarantined but " + entries.size() + " entries";
        }
        for (QuarantineEntry entry : entries) {
            if (!entry.file().equals(file.getFileName().toString())
                    && !entry.file().equals(file.toString())) {
                return "quarantine entry names the file " + entry.file();
            }
            if (entry.field().isBlank() || entry.reason().isBlank()) {
                return "quarantine entry without a field or reason at " + entry.location();
            }
            if (entry.value() != null && entry.value().length() > 1_000) {
                return "quarantine entry at " + entry.location() + " holds a value of "
                        + entry.value().length() + " characters";
            }
        }
        return null;
    }

    private static void csv(List<Reader> readers, InputFormat format, Path sample) throws IOException {
        readers.add(new Reader(format.code(), ".csv", sample(sample, format), false, path -> read(format, path)));
    }

    /** The header and first eight rows of a file. */
    private static String sample(Path file, InputFormat format) throws IOException {
        List<String> lines = Files.readAllLines(file, format.defaultEncoding());
        return String.join("\n", lines.subList(0, Math.min(9, lines.size()))) + "\n";
    }

    private static void json(List<Reader> readers, InputFormat format, String valid) {
        readers.add(new Reader(format.code(), ".json", valid, true, path -> read(format, path)));
    }

    private static CheckedInput read(InputFormat format, Path path) {
        InputSpec spec = new InputSpec("fuzzed", format.code(), path, null, format.defaultEncoding());
        return InputReaders.read(spark, spec, CONTEXT);
    }

    /** The demo's MSOA boundaries, cut to their first two features. */
    private static String smallGeoJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(DEMO.resolve("geography/msoa_E08000009.geojson").toFile());
        var features = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("features");
        while (features.size() > 2) {
            features.remove(features.size() - 1);
        }
        return json.writeValueAsString(root);
    }

    /** The demo manifest with its paths made absolute, so that a valid variant finds its files. */
    private static String reviewManifest() throws IOException {
        ObjectMapper json = new ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(SparkTestSession.demoManifest().toFile());
        root.get("inputs").forEach(input -> {
            if (input.has("path")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) input)
                        .put(
                                "path",
                                DEMO.resolve(input.get("path").asText())
                                        .toAbsolutePath()
                                        .toString());
            }
        });
        return json.writeValueAsString(root);
    }

    private static final String NATIONAL_MANIFEST = """
            {"name": "Fuzzed national run", "scope": "national", "localAuthorities": ["E06000001", "E06000017"],
             "timePeriod": "202425",
             "inputs": {"children": {"format": "child-records-csv", "path": "children.csv"}}}
            """;

    /** The demo's first proposal as JSON (the proposal reader reads JSON and YAML alike). */
    private static String proposal() throws IOException {
        Object tree = new Yaml()
                .load(Files.readString(
                        DEMO.resolve("proposals/trafford-open-autism-base-partington.yaml"), StandardCharsets.UTF_8));
        return new ObjectMapper().writeValueAsString(stringDates(tree));
    }

    /** YAML reads dates as dates; the proposal's JSON writes them as text. */
    private static Object stringDates(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, stringDates(v)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            return list.stream().map(ReaderFuzzTests::stringDates).toList();
        }
        if (tree instanceof java.util.Date date) {
            return date.toInstant().toString().substring(0, 10);
        }
        return tree;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
