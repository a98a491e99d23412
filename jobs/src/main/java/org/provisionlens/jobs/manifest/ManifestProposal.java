package org.provisionlens.jobs.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.reorganisation.ProposalReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A reorganisation proposal the manifest names ({@code "proposals": ["proposals/x.yaml"]}), as written: the run stores
 * its text in table proposal (origin 'manifest') for the dashboards and the impact command to evaluate. Only its id, name
 * and local authority are read here; core's proposal reader checks the changes when the proposal is evaluated.
 *
 * @param format "yaml" or "json", by the file's extension
 */
public record ManifestProposal(Path file, String id, String name, String laCode, String body, String format) {

    static ManifestProposal read(Path file, String runLaCode, List<String> problems) {
        String where = "proposals: " + file;
        if (!Files.isRegularFile(file)) {
            problems.add(where + " does not exist");
            return null;
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = lower.endsWith(".json") ? "json" : lower.matches(".*\\.ya?ml") ? "yaml" : null;
        if (format == null) {
            problems.add(where + " is neither .yaml, .yml nor .json");
            return null;
        }
        try {
            long bytes = Files.size(file);
            if (bytes > ProposalReader.MAX_BYTES) {
                problems.add(String.format(
                        "%s is %,d bytes; a proposal of at most %,d is read", where, bytes, ProposalReader.MAX_BYTES));
                return null;
            }
            String body = Files.readString(file, StandardCharsets.UTF_8);
            // JSON is YAML too: one safe parser reads both
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
            if (!(document instanceof Map<?, ?> fields)) {
                problems.add(where
                        + " is not a proposal (expected fields id, name, localAuthority, effectiveDate, changes)");
                return null;
            }
            String id = text(fields.get("id"));
            String name = text(fields.get("name"));
            String laCode = fields.get("localAuthority") == null ? runLaCode : text(fields.get("localAuthority"));
            if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,79}") || name == null || name.isBlank()) {
                problems.add(where + " needs an id (letters, digits and hyphens, at most 80) and a name");
                return null;
            }
            if (!laCode.equals(runLaCode)) {
                problems.add(where + " is for " + laCode + ", not the run's local authority " + runLaCode);
                return null;
            }
            return new ManifestProposal(file, id, name, laCode, body, format);
        } catch (IOException e) {
            problems.add(where + " cannot be read: " + e.getMessage());
        } catch (YAMLException e) {
            problems.add(where + " is not valid " + format + ": " + e.getMessage());
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
