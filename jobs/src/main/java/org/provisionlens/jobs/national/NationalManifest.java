package org.provisionlens.jobs.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;

/**
 * A national run's manifest: {@code {"name": ..., "scope": "national", "localAuthorities": "all" | ["E08000009", ...],
 * "timePeriod": "202425", "inputs": {...}}}. The inputs are named by role: {@code children} (child-records-csv, needed),
 * {@code services} (service-csv) and {@code comments} (comments-csv), each row carrying its LA in a column
 * {@code la_code}; and the national files {@code ehcPlansByNeedAndSetting} (dfe-ehc-plan-needs-csv: each LA's name and
 * EHC plans), {@code ehcPlanCaseload} (dfe-ees-csv: the forecast) and {@code lsoaCentroids} (lsoa-centroids-csv: travel
 * access). Relative paths resolve against the manifest's folder.
 *
 * @param localAuthorities the LAs by GSS code, in code order; empty for "all" (every LA the inputs hold)
 */
public record NationalManifest(
        Path file,
        String name,
        List<String> localAuthorities,
        String timePeriod,
        InputSpec children,
        InputSpec services,
        InputSpec comments,
        InputSpec plans,
        InputSpec caseload,
        InputSpec centroids) {

    /** The input keys a national manifest takes, and the format each must have. */
    static final Map<String, String> INPUTS = inputs();

    static final String GSS_LA = "E0[6-9]\\d{6}|E10\\d{6}";

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("children", "child-records-csv");
        inputs.put("services", "service-csv");
        inputs.put("comments", "comments-csv");
        inputs.put("ehcPlansByNeedAndSetting", "dfe-ehc-plan-needs-csv");
        inputs.put("ehcPlanCaseload", "dfe-ees-csv");
        inputs.put("lsoaCentroids", "lsoa-centroids-csv");
        return inputs;
    }

    /** Whether the manifest lists its LAs (else every LA in the inputs). */
    public boolean listed() {
        return !localAuthorities.isEmpty();
    }

    /** The inputs the manifest gives, in the order of {@link #INPUTS}. */
    public List<InputSpec> given() {
        List<InputSpec> given = new ArrayList<>();
        for (InputSpec spec : new InputSpec[] {children, services, comments, plans, caseload, centroids}) {
            if (spec != null) {
                given.add(spec);
            }
        }
        return given;
    }

    /** Reads and checks the manifest: every problem is named, with the file, the key and what was expected. */
    public static NationalManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ManifestException("National manifest " + file + " does not exist or is not a file");
        }
        org.provisionlens.jobs.manifest.ManifestLimits.check(file);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ManifestException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ManifestException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException(
                    file + ": expected a JSON object with name, scope, localAuthorities," + " timePeriod and inputs");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        Set<String> known = Set.of("name", "scope", "localAuthorities", "timePeriod", "inputs");
        root.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add("unknown key '" + key + "'; expected one of " + known);
            }
        });
        String name = text(root, "name", "a name for the run", problems);
        String scope = text(root, "scope", "\"national\"", problems);
        if (scope != null && !scope.equals("national")) {
            problems.add("scope: expected \"national\", found \"" + scope + "\" (a one-LA manifest is run with `run`)");
        }
        String timePeriod = text(root, "timePeriod", "a DfE time period such as 202425", problems);
        if (timePeriod != null && !timePeriod.matches("\\d{6}")) {
            problems.add("timePeriod: expected a DfE time period such as 202425, found \"" + timePeriod + "\"");
        }
        List<String> las = new ArrayList<>();
        JsonNode listed = root.get("localAuthorities");
        if (listed == null || listed.isNull()) {
            problems.add("missing key localAuthorities: expected \"all\" or a list of GSS codes such as"
                    + " [\"E08000009\"]");
        } else if (listed.isTextual()) {
            if (!listed.asText().equals("all")) {
                problems.add(
                        "localAuthorities: expected \"all\" or a list of GSS codes, found \"" + listed.asText() + "\"");
            }
        } else if (listed.isArray()) {
            for (JsonNode code : listed) {
                String la = code.isTextual() ? code.asText().trim() : null;
                if (la == null || !la.matches(GSS_LA)) {
                    problems.add("localAuthorities: " + code + " is not an English LA GSS code (E06, E08, E09 or E10"
                            + " followed by six digits)");
                } else if (!las.contains(la)) {
                    las.add(la);
                }
            }
            if (las.isEmpty() && problems.isEmpty()) {
                problems.add("localAuthorities: the list is empty; give \"all\" or at least one GSS code");
            }
        } else {
            problems.add("localAuthorities: expected \"all\" or a list of GSS codes, found " + listed);
        }
        Map<String, InputSpec> specs = new LinkedHashMap<>();
        JsonNode inputs = root.get("inputs");
        if (inputs == null || !inputs.isObject()) {
            problems.add("missing key inputs: expected an object naming at least \"children\"");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> input = it.next();
                InputSpec spec = spec(input.getKey(), input.getValue(), folder, problems);
                if (spec != null) {
                    specs.put(input.getKey(), spec);
                }
            }
            if (!inputs.has("children")) {
                problems.add("inputs: missing \"children\" (format child-records-csv, each row with its la_code)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException(
                    "National manifest " + file + " cannot be used:\n  - " + String.join("\n  - ", problems));
        }
        return new NationalManifest(
                file.toAbsolutePath(),
                name,
                las.stream().sorted().toList(),
                timePeriod,
                specs.get("children"),
                specs.get("services"),
                specs.get("comments"),
                specs.get("ehcPlansByNeedAndSetting"),
                specs.get("ehcPlanCaseload"),
                specs.get("lsoaCentroids"));
    }

    private static InputSpec spec(String key, JsonNode node, Path folder, List<String> problems) {
        String expected = INPUTS.get(key);
        if (expected == null) {
            problems.add("inputs: unknown input '" + key + "'; expected one of " + INPUTS.keySet());
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add("inputs." + key + ": expected {\"format\": \"" + expected + "\", \"path\": ...}");
            return null;
        }
        String format = node.path("format").asText(null);
        String path = node.path("path").asText(null);
        if (!expected.equals(format)) {
            problems.add("inputs." + key + ".format: expected \"" + expected + "\", found "
                    + (format == null ? "nothing" : "\"" + format + "\""));
            return null;
        }
        if (path == null || path.isBlank()) {
            problems.add("inputs." + key + ".path: expected the file's path (relative to the manifest's folder)");
            return null;
        }
        Path resolved = folder.resolve(path).normalize();
        if (!Files.isRegularFile(resolved)) {
            problems.add("inputs." + key + ".path: file " + resolved + " does not exist");
            return null;
        }
        return new InputSpec(key, format, resolved);
    }

    private static String text(JsonNode root, String key, String expected, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add("missing key " + key + ": expected " + expected);
            return null;
        }
        return node.asText().trim();
    }
}
