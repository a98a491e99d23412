package org.provisionlens.jobs.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.reorganisation.TransportPolicy;
import org.provisionlens.core.sufficiency.PlacementCosts;

/**
 * A review run's manifest, parsed once: which local authority, which DfE time period, and the inputs, each with its
 * format and its file (or URL, for feeds). JSON:
 *
 * <pre>{@code
 * {
 *   "name": "Trafford specialist places review",
 *   "localAuthority": "E08000009",
 *   "timePeriod": "202425",
 *   "inputs": {
 *     "schools":  { "format": "trafford-schools-csv",   "path": "trafford/schools.csv" },
 *     "plans":    { "format": "dfe-ehc-plan-needs-csv", "path": "dfe/sen_needs_all_plans.csv" },
 *     "gias":     { "format": "gias-extract-csv",       "path": "edubasealldata.csv", "encoding": "windows-1252" },
 *     "directory":{ "format": "oruk-api",               "url": "https://directory.example.org/api" },
 *     "waits":    { "format": "nhs-community-waiting-list-csv", "path": "nhs/waiting_lists.csv" }
 *   },
 *   "icb": "Greater Manchester",
 *   "thresholds": { "atRiskOccupancyPercent": 90, "atRiskWaitingWeeks": 18 },
 *   "transport": { "maxMiles": 12, "costPerMile": 2.50, "source": "..." },
 *   "proposals": [ "proposals/close-sixth-form.yaml" ]
 * }
 * }</pre>
 *
 * Paths are relative to the manifest's folder. {@code icb} names the integrated care board whose NHS waiting lists the
 * run shows (as the waiting-list file names it; "NHS ... ICB" and "NHS ... Integrated Care Board" are read as the same
 * name); it is required with a waiting-list input. {@code thresholds} are optional, each defaulting as
 * {@link ManifestThresholds} says. {@code transport} is the home-to-school transport policy ({@link ManifestTransport});
 * {@code proposals} name reorganisation proposals (YAML or JSON) the run stores for its LA. {@code subIcbLocation} and
 * {@code nhsProviders} place the LA in the NHS: see {@link HealthManifest}. Unknown fields, unknown formats and missing files stop the run before
 * anything is written, with every problem listed at once.
 */
public record RunManifest(
        Path file,
        String name,
        String localAuthority,
        String timePeriod,
        Map<String, InputSpec> inputs,
        Path themeTaxonomy,
        String icb,
        ManifestThresholds thresholds,
        PlacementCosts placementCosts,
        TransportPolicy transport,
        List<ManifestProposal> proposals,
        String subIcbLocation,
        List<String> nhsProviders) {

    public RunManifest {
        nhsProviders = nhsProviders == null ? List.of() : List.copyOf(nhsProviders);
        transport = transport == null ? TransportPolicy.defaults() : transport;
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        Objects.requireNonNull(file, "file");
        thresholds = thresholds == null ? ManifestThresholds.defaults() : thresholds;
        placementCosts = placementCosts == null ? PlacementCosts.none() : placementCosts;
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** "NHS Greater Manchester ICB" and "NHS Greater Manchester Integrated Care Board" are "Greater Manchester". */
    public static String icbName(String icb) {
        if (icb == null || icb.isBlank()) {
            return null;
        }
        return icb.trim()
                .replaceFirst("(?i)^NHS\\s+", "")
                .replaceFirst("(?i)\\s+(ICB|Integrated Care Board)$", "")
                .trim();
    }

    public InputSpec input(String inputName) {
        InputSpec spec = inputs.get(inputName);
        if (spec == null) {
            throw new ManifestException(file + ": the manifest names no input '" + inputName + "'");
        }
        return spec;
    }

    /** The inputs of a role, in manifest order. */
    public List<InputSpec> inputs(InputFormat.Role role) {
        return inputs.values().stream()
                .filter(spec -> InputFormat.of(spec).role() == role)
                .toList();
    }

    /** The one input of a role that a review run needs; a message naming the formats that serve it otherwise. */
    public InputSpec requireOne(InputFormat.Role role) {
        List<InputSpec> found = inputs(role);
        if (found.size() != 1) {
            String formats = Arrays.stream(InputFormat.values())
                    .filter(format -> format.role() == role)
                    .map(InputFormat::code)
                    .collect(Collectors.joining(", "));
            throw new ManifestException(file + ": a review run needs exactly one "
                    + role.name().toLowerCase() + " input (format " + formats + "); found " + found.size());
        }
        return found.get(0);
    }

    /** The one input of a given format that a review run needs. */
    public InputSpec requireOne(InputFormat format) {
        List<InputSpec> found = inputs.values().stream()
                .filter(spec -> spec.format().equals(format.code()))
                .toList();
        if (found.size() != 1) {
            throw new ManifestException(file + ": a review run needs exactly one " + format.code() + " input ("
                    + format.description() + "); found " + found.size());
        }
        return found.get(0);
    }

    /** Reads and checks a manifest file. */
    public static RunManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ManifestException("Manifest " + file + " does not exist or is not a file");
        }
        ManifestLimits.check(file);
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
        if (document == null) {
            throw new ManifestException(file + ": the manifest is empty (null); expected a JSON object with name,"
                    + " localAuthority, timePeriod and inputs");
        }
        return document.toManifest(file.toAbsolutePath());
    }

    /** The manifest as written in JSON. */
    /**
     * @param themeTaxonomy optional: a file of themes and cues that extends the standard comment taxonomy (the format
     *     of analytics-core's comments/themes.txt), so commissioners can add or refine themes
     */
    record ManifestDocument(
            String name,
            String localAuthority,
            String timePeriod,
            Map<String, InputDocument> inputs,
            String themeTaxonomy,
            String icb,
            com.fasterxml.jackson.databind.JsonNode thresholds,
            Map<String, CostDocument> placementCosts,
            ManifestTransport transport,
            List<String> proposals,
            String subIcbLocation,
            List<String> nhsProviders) {

        RunManifest toManifest(Path file) {
            List<String> problems = new ArrayList<>();
            require(name, "name", problems);
            require(localAuthority, "localAuthority (a GSS code such as E08000009)", problems);
            require(timePeriod, "timePeriod (a DfE time period such as 202425)", problems);
            if (localAuthority != null && !localAuthority.matches("E0[6-9]\\d{6}|E10\\d{6}")) {
                problems.add("localAuthority '" + localAuthority + "' is not an English LA GSS code (E06, E08, E09 or"
                        + " E10 followed by six digits)");
            }
            Map<String, InputSpec> specs = new LinkedHashMap<>();
            Map<String, InputDocument> given = inputs == null ? Map.of() : inputs;
            if (given.isEmpty()) {
                problems.add("no inputs: name at least one under \"inputs\"");
            }
            for (var entry : given.entrySet()) {
                InputSpec spec = entry.getValue() == null
                        ? null
                        : entry.getValue().toSpec(entry.getKey(), file.getParent(), problems);
                if (spec != null) {
                    specs.put(entry.getKey(), spec);
                }
            }
            Path taxonomy = null;
            if (themeTaxonomy != null) {
                taxonomy = file.getParent().resolve(themeTaxonomy).normalize();
                if (!Files.isRegularFile(taxonomy)) {
                    problems.add("themeTaxonomy: file " + taxonomy + " does not exist");
                }
            }
            String icbName = icbName(icb);
            boolean waits = specs.values().stream()
                    .anyMatch(spec -> InputFormat.of(spec).role() == InputFormat.Role.COMMUNITY_WAITS);
            if (waits && icbName == null) {
                problems.add("missing field icb: an input of format nhs-community-waiting-list-csv needs the run's"
                        + " integrated care board as the file names it, e.g. \"icb\": \"Greater Manchester\" (NHS"
                        + " Greater Manchester ICB, Trafford's)");
            }
            HealthManifest.check(specs.values(), subIcbLocation, nhsProviders, problems);
            ManifestThresholds verdictThresholds = ManifestThresholds.read(thresholds, problems);
            PlacementCosts costs = CostDocument.costs(placementCosts, problems);
            TransportPolicy policy = ManifestTransport.policy(transport, problems);
            List<ManifestProposal> proposed = new ArrayList<>();
            for (String proposal : proposals == null ? List.<String>of() : proposals) {
                if (proposal == null || proposal.isBlank()) {
                    problems.add("proposals: an entry is empty; expected the path of a proposal file");
                    continue;
                }
                ManifestProposal read = localAuthority == null
                        ? null
                        : ManifestProposal.read(
                                file.getParent().resolve(proposal).normalize(), localAuthority, problems);
                if (read != null) {
                    proposed.add(read);
                }
            }
            if (!problems.isEmpty()) {
                throw new ManifestException(
                        "Manifest " + file + " cannot be used:\n  - " + String.join("\n  - ", problems));
            }
            return new RunManifest(
                    file,
                    name,
                    localAuthority,
                    timePeriod,
                    specs,
                    taxonomy,
                    icbName,
                    verdictThresholds,
                    costs,
                    policy,
                    proposed,
                    subIcbLocation == null ? null : subIcbLocation.trim(),
                    nhsProviders == null
                            ? List.of()
                            : nhsProviders.stream().map(String::trim).toList());
        }

        private static void require(String value, String field, List<String> problems) {
            if (value == null || value.isBlank()) {
                problems.add("missing field " + field);
            }
        }
    }

    /**
     * A default cost of a place for a year for a kind of provision, with its public source, used for placements
     * outside the LA's own provision whose service gives no cost per place. Optional, with no built-in default:
     * {@code "placementCosts": {"INDEPENDENT_SPECIAL_SCHOOL": {"perPlacePerYear": 60000, "source": "..."}}}.
     */
    record CostDocument(java.math.BigDecimal perPlacePerYear, String source) {

        static PlacementCosts costs(Map<String, CostDocument> given, List<String> problems) {
            if (given == null) {
                return PlacementCosts.none();
            }
            Map<ProvisionKind, PlacementCosts.Default> defaults = new java.util.EnumMap<>(ProvisionKind.class);
            given.forEach((kind, cost) -> {
                ProvisionKind known = Arrays.stream(ProvisionKind.values())
                        .filter(k -> k.name().equals(kind))
                        .findFirst()
                        .orElse(null);
                if (known == null) {
                    problems.add("placementCosts: '" + kind + "' is not a kind of provision; expected one of "
                            + Arrays.toString(ProvisionKind.values()));
                } else if (cost == null
                        || cost.perPlacePerYear() == null
                        || cost.perPlacePerYear().signum() < 0
                        || cost.source() == null
                        || cost.source().isBlank()) {
                    problems.add("placementCosts." + kind + " needs perPlacePerYear (pounds, 0 or more) and the"
                            + " source of the figure");
                } else {
                    defaults.put(known, new PlacementCosts.Default(cost.perPlacePerYear(), cost.source()));
                }
            });
            return new PlacementCosts(defaults);
        }
    }

    /** One input as written: a format and a path (or a URL), and optionally the file's encoding. */
    record InputDocument(String format, String path, String url, String encoding) {

        InputSpec toSpec(String name, Path folder, List<String> problems) {
            var known = InputFormat.forCode(format);
            if (format == null || known.isEmpty()) {
                problems.add("input '" + name + "' has format '" + format + "'; expected one of "
                        + Arrays.stream(InputFormat.values())
                                .map(InputFormat::code)
                                .toList());
                return null;
            }
            InputFormat inputFormat = known.get();
            Charset charset = inputFormat.defaultEncoding();
            if (encoding != null) {
                try {
                    charset = Charset.forName(encoding);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    problems.add("input '" + name + "' has encoding '" + encoding + "'; expected e.g. UTF-8 or"
                            + " windows-1252");
                    return null;
                }
            }
            if (inputFormat.fromUrl()) {
                if (url == null || path != null) {
                    problems.add("input '" + name + "' (format " + format + ") needs a url and no path");
                    return null;
                }
                try {
                    URI uri = new URI(url);
                    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                        problems.add("input '" + name + "': url " + url + " must start with http:// or https://");
                        return null;
                    }
                    return new InputSpec(name, format, null, uri, charset);
                } catch (URISyntaxException e) {
                    problems.add("input '" + name + "': url " + url + " is not a valid URL");
                    return null;
                }
            }
            if (path == null || url != null) {
                problems.add("input '" + name + "' (format " + format + ") needs a path and no url");
                return null;
            }
            Path resolved = folder.resolve(path).normalize();
            if (!Files.isRegularFile(resolved)) {
                problems.add("input '" + name + "': file " + resolved + " does not exist");
                return null;
            }
            return new InputSpec(name, format, resolved, null, charset);
        }
    }
}
