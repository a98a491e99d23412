package org.provisionlens.jobs.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A review run's manifest, parsed once: which local authority, which DfE time period, and the inputs. JSON:
 *
 * <pre>{@code
 * {
 *   "name": "Trafford specialist places review",
 *   "localAuthority": "E08000009",
 *   "timePeriod": "202425",
 *   "inputs": {
 *     "schools":                  { "format": "trafford-schools-csv",     "path": "trafford/schools.csv" },
 *     "ehcPlansByNeedAndSetting": { "format": "dfe-ehc-plan-needs-csv",   "path": "dfe/sen_needs_all_plans.csv" },
 *     "population":               { "format": "ons-lsoa-population-csv",  "path": "trafford/population.csv" }
 *   }
 * }
 * }</pre>
 *
 * Paths are relative to the manifest's folder. Unknown fields, unknown inputs, unknown formats and missing files stop
 * the run before anything is written.
 */
public record RunManifest(
        Path file, String name, String localAuthority, String timePeriod, Map<String, InputSpec> inputs) {

    /** The inputs a review run needs, and the formats each may come in. */
    public static final Map<String, List<String>> EXPECTED_INPUTS = Map.of(
            "schools", List.of("trafford-schools-csv"),
            "ehcPlansByNeedAndSetting", List.of("dfe-ehc-plan-needs-csv"),
            "population", List.of("ons-lsoa-population-csv"));

    public RunManifest {
        Objects.requireNonNull(file, "file");
        inputs = Map.copyOf(inputs);
    }

    public InputSpec input(String inputName) {
        InputSpec spec = inputs.get(inputName);
        if (spec == null) {
            throw new ManifestException(file + ": the manifest names no input '" + inputName + "'");
        }
        return spec;
    }

    /** Reads and checks a manifest file. */
    public static RunManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ManifestException("Manifest " + file + " does not exist or is not a file");
        }
        ManifestDocument document;
        try {
            document = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.toFile(), ManifestDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ManifestException(
                    file + ": unknown field '" + e.getPropertyName() + "' at " + e.getPathReference()
                            + "; expected one of " + e.getKnownPropertyIds(),
                    e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ManifestException(file + ": not a valid manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ManifestException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return document.toManifest(file.toAbsolutePath());
    }

    /** The manifest as written in JSON. */
    record ManifestDocument(String name, String localAuthority, String timePeriod, Map<String, InputDocument> inputs) {

        RunManifest toManifest(Path file) {
            List<String> problems = new ArrayList<>();
            require(name, "name", problems);
            require(localAuthority, "localAuthority (a GSS code such as E08000009)", problems);
            require(timePeriod, "timePeriod (a DfE time period such as 202425)", problems);
            if (localAuthority != null && !localAuthority.matches("E0[6-9]\\d{6}|E10\\d{6}")) {
                problems.add("localAuthority '" + localAuthority + "' is not an English LA GSS code (E06, E08, E09 or"
                        + " E10 followed by six digits)");
            }
            Map<String, InputSpec> specs = new TreeMap<>();
            Map<String, InputDocument> given = inputs == null ? Map.of() : inputs;
            for (var entry : given.entrySet()) {
                List<String> formats = EXPECTED_INPUTS.get(entry.getKey());
                InputDocument input = entry.getValue();
                if (formats == null) {
                    problems.add("unknown input '" + entry.getKey() + "'; expected " + EXPECTED_INPUTS.keySet());
                } else if (input == null || input.path() == null || input.format() == null) {
                    problems.add("input '" + entry.getKey() + "' needs a format and a path");
                } else if (!formats.contains(input.format())) {
                    problems.add("input '" + entry.getKey() + "' has format '" + input.format() + "'; expected one of "
                            + formats);
                } else {
                    Path path = file.getParent().resolve(input.path()).normalize();
                    if (!Files.isRegularFile(path)) {
                        problems.add("input '" + entry.getKey() + "': file " + path + " does not exist");
                    }
                    specs.put(entry.getKey(), new InputSpec(entry.getKey(), input.format(), path));
                }
            }
            for (String expected : EXPECTED_INPUTS.keySet()) {
                if (!given.containsKey(expected)) {
                    problems.add("missing input '" + expected + "' (format " + EXPECTED_INPUTS.get(expected) + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw new ManifestException(
                        "Manifest " + file + " cannot be used:\n  - " + String.join("\n  - ", problems));
            }
            return new RunManifest(file, name, localAuthority, timePeriod, specs);
        }

        private static void require(String value, String field, List<String> problems) {
            if (value == null || value.isBlank()) {
                problems.add("missing field " + field);
            }
        }
    }

    record InputDocument(String format, String path) {}
}
