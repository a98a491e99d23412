package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Format {@code oruk-datapackage}: the tabular form of Open Referral UK, a {@code datapackage.json} whose resources
 * name the CSV files (paths relative to it). The services table is required (with {@code id} and {@code name}
 * columns); organisations, locations, service-at-location links, addresses, contacts, phones, cost options, taxonomy
 * terms, attributes, funding and eligibility are read when the package declares them, whatever their resource is
 * called in the singular or plural ({@code address} or {@code addresses}). Each service is assembled into the nested
 * object the API would give and mapped by {@link HsdsServiceMapper}, so a problem or a finding is reported at the CSV
 * file and line that holds the field: a bad latitude at its line of {@code locations.csv}.
 *
 * <p>The input's SHA-256 is that of datapackage.json followed by every table read, in the package's order.
 */
public final class OrukDatapackageReader {

    private static final List<String> TABLES = List.of(
            "service",
            "organization",
            "service_at_location",
            "location",
            "address",
            "contact",
            "phone",
            "cost_option",
            "attribute",
            "taxonomy_term",
            "funding",
            "eligibility");

    /** Where an object of the assembled service came from. */
    private record Origin(String file, long line) {}

    private OrukDatapackageReader() {}

    public static ReadResult<Service> read(InputSpec spec) {
        if (spec.path() == null) {
            throw new InputException(spec.describe() + ": format " + spec.format() + " reads a datapackage.json file");
        }
        Path descriptor = spec.path();
        byte[] descriptorBytes;
        try {
            descriptorBytes = Files.readAllBytes(descriptor);
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
        String what = spec.describe();
        JsonNode root = OrukJsonReader.parse(OrukJsonReader.decode(descriptorBytes, spec.encoding(), what), what);
        JsonNode resources = root.path("resources");
        if (!resources.isArray()) {
            throw new InputException(what + " has no \"resources\" array: expected a datapackage.json naming its CSV"
                    + " files, such as {\"resources\": [{\"name\": \"service\", \"path\": \"services.csv\"}, ...]}");
        }
        Path folder = descriptor.toAbsolutePath().getParent();
        Map<String, Path> files = new LinkedHashMap<>();
        for (JsonNode resource : resources) {
            String path = HsdsJson.text(resource, "path");
            if (path == null) {
                continue;
            }
            String name = HsdsJson.text(resource, "name");
            String table = singular(name != null ? name : path.replaceAll("(?i)\\.csv$", ""));
            if (TABLES.contains(table) && !files.containsKey(table)) {
                if (path.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                    throw new InputException(what + ": resource '" + table + "' is at " + path
                            + "; expected a CSV file next to datapackage.json (remote paths are not read)");
                }
                files.put(table, folder.resolve(path));
            }
        }
        if (!files.containsKey("service")) {
            throw new InputException(what + " names no services resource: expected a resource {\"name\": \"service\","
                    + " \"path\": \"services.csv\"}");
        }
        MessageDigest digest = OrukJsonReader.sha256();
        digest.update(descriptorBytes);
        Map<String, CsvTable> tables = new HashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            if (!Files.isRegularFile(file.getValue())) {
                throw new InputException(what + " names " + file.getValue().getFileName() + " for its '" + file.getKey()
                        + "' resource, but " + file.getValue() + " does not exist");
            }
            CsvTable table = CsvTable.read(file.getValue(), spec.encoding());
            digest.update(table.bytes());
            tables.put(file.getKey(), table);
        }
        CsvTable services = tables.get("service");
        for (String column : List.of("id", "name")) {
            if (!services.hasColumn(column)) {
                throw new InputException(what + ": " + services.fileName() + " has no '" + column
                        + "' column; expected the HSDS service columns id, name, ... (it has "
                        + String.join(", ", services.columns()) + ")");
            }
        }
        Assembler assembler = new Assembler(tables);
        ServiceCollector collected = new ServiceCollector();
        for (CsvTable.Row row : services.rows()) {
            assembler.add(spec, services, row, collected);
        }
        return collected.result(spec, HexFormat.of().formatHex(digest.digest()));
    }

    /** {@code addresses} → {@code address}, {@code taxonomies} → {@code taxonomy}, case and hyphens aside. */
    static String singular(String name) {
        String table = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (table.endsWith("ies")) {
            return table.substring(0, table.length() - 3) + "y";
        }
        if (table.endsWith("sses")) {
            return table.substring(0, table.length() - 2);
        }
        if (table.endsWith("s") && !table.endsWith("ss")) {
            return table.substring(0, table.length() - 1);
        }
        return table;
    }

    /** Joins the tables into one nested service object per row of the services table. */
    private static final class Assembler {

        private final Map<String, CsvTable> tables;
        private final Map<String, CsvTable.Row> organizations;
        private final Map<String, CsvTable.Row> locations;
        private final Map<String, CsvTable.Row> terms;
        private final Map<String, List<CsvTable.Row>> linksByService;
        private final Map<String, List<CsvTable.Row>> addressesByLocation;
        private final Map<String, List<CsvTable.Row>> contactsByService;
        private final Map<String, List<CsvTable.Row>> phonesByContact;
        private final Map<String, List<CsvTable.Row>> phonesByService;
        private final Map<String, List<CsvTable.Row>> costsByService;
        private final Map<String, List<CsvTable.Row>> attributesByLink;
        private final Map<String, List<CsvTable.Row>> fundingByService;
        private final Map<String, List<CsvTable.Row>> eligibilityByService;

        Assembler(Map<String, CsvTable> tables) {
            this.tables = tables;
            organizations = byId("organization");
            locations = byId("location");
            terms = byId("taxonomy_term");
            linksByService = grouped("service_at_location", "service_id");
            addressesByLocation = grouped("address", "location_id");
            contactsByService = grouped("contact", "service_id");
            phonesByContact = grouped("phone", "contact_id");
            phonesByService = grouped("phone", "service_id");
            costsByService = grouped("cost_option", "service_id");
            attributesByLink = grouped("attribute", "link_id");
            fundingByService = grouped("funding", "service_id");
            eligibilityByService = grouped("eligibility", "service_id");
        }

        void add(InputSpec spec, CsvTable services, CsvTable.Row row, ServiceCollector collected) {
            Map<String, Origin> origins = new HashMap<>();
            List<HsdsServiceMapper.Finding> dangling = new ArrayList<>();
            ObjectNode service = object(row);
            origins.put("", origin("service", row));
            String id = key(row.get("id"));

            CsvTable.Row organization = organizations.get(key(row.get("organization_id")));
            if (organization != null) {
                service.set("organization", object(organization));
                origins.put("/organization", origin("organization", organization));
            }
            ArrayNode links = service.putArray("service_at_locations");
            for (CsvTable.Row link : related(linksByService, id)) {
                String pointer = "/service_at_locations/" + links.size();
                ObjectNode linkNode = object(link);
                origins.put(pointer, origin("service_at_location", link));
                CsvTable.Row location = locations.get(key(link.get("location_id")));
                if (location == null) {
                    CsvTable locationTable = tables.get("location");
                    dangling.add(new HsdsServiceMapper.Finding(
                            pointer,
                            "location_id",
                            link.get("location_id"),
                            null,
                            "no location has this id"
                                    + (locationTable == null
                                            ? " (the package has no locations table)"
                                            : " in " + locationTable.fileName())
                                    + ": the service is kept without this location"));
                } else {
                    ObjectNode locationNode = object(location);
                    related(addressesByLocation, key(location.get("id")))
                            .forEach(address ->
                                    locationNode.withArray("addresses").add(object(address)));
                    linkNode.set("location", locationNode);
                    origins.put(pointer + "/location", origin("location", location));
                }
                links.add(linkNode);
            }
            List<CsvTable.Row> contacts = related(contactsByService, id);
            for (int c = 0; c < contacts.size(); c++) {
                CsvTable.Row contact = contacts.get(c);
                ObjectNode contactNode = object(contact);
                origins.put("/contacts/" + c, origin("contact", contact));
                List<CsvTable.Row> phones = related(phonesByContact, key(contact.get("id")));
                for (int i = 0; i < phones.size(); i++) {
                    contactNode.withArray("phones").add(object(phones.get(i)));
                    origins.put("/contacts/" + c + "/phones/" + i, origin("phone", phones.get(i)));
                }
                service.withArray("contacts").add(contactNode);
            }
            List<CsvTable.Row> phones = related(phonesByService, id);
            for (int i = 0; i < phones.size(); i++) {
                service.withArray("phones").add(object(phones.get(i)));
                origins.put("/phones/" + i, origin("phone", phones.get(i)));
            }
            related(costsByService, id)
                    .forEach(cost -> service.withArray("cost_options").add(object(cost)));
            related(fundingByService, id)
                    .forEach(funding -> service.withArray("funding").add(object(funding)));
            List<CsvTable.Row> eligibility = related(eligibilityByService, id);
            for (int i = 0; i < eligibility.size(); i++) {
                service.withArray("eligibility").add(object(eligibility.get(i)));
                origins.put("/eligibility/" + i, origin("eligibility", eligibility.get(i)));
            }
            for (CsvTable.Row attribute : related(attributesByLink, id)) {
                String entity = HsdsJson.text(object(attribute), "link_entity");
                CsvTable.Row term = terms.get(key(attribute.get("taxonomy_term_id")));
                if ((entity == null || entity.equalsIgnoreCase("service")) && term != null) {
                    ObjectNode attributeNode = object(attribute);
                    attributeNode.set("taxonomy_term", object(term));
                    service.withArray("attributes").add(attributeNode);
                }
            }

            String where = "line " + row.line() + " of " + services.fileName();
            HsdsServiceMapper.Mapping mapping =
                    HsdsServiceMapper.map(service, spec.name(), spec.format(), spec.fileName(), where);
            if (!dangling.isEmpty() && mapping.accepted()) {
                List<HsdsServiceMapper.Finding> findings = new ArrayList<>(dangling);
                findings.addAll(mapping.findings());
                mapping = new HsdsServiceMapper.Mapping(mapping.service(), mapping.hsdsId(), List.of(), findings);
            }
            Origin record = origins.get("");
            collected.add(mapping, where, new ServiceCollector.Locator() {
                @Override
                public QuarantineEntry entry(HsdsServiceMapper.Problem problem) {
                    Origin at = origins.getOrDefault(problem.pointer(), record);
                    return QuarantineEntry.atLine(
                            spec.name(), at.file(), at.line(), problem.field(), problem.value(), problem.reason());
                }

                @Override
                public FieldFinding finding(HsdsServiceMapper.Finding finding, String serviceId) {
                    Origin at = origins.getOrDefault(finding.pointer(), record);
                    return new FieldFinding(
                            spec.name(),
                            at.file(),
                            at.line(),
                            null,
                            serviceId,
                            finding.field(),
                            finding.value(),
                            finding.keptAs(),
                            finding.reason());
                }
            });
        }

        private Origin origin(String table, CsvTable.Row row) {
            return new Origin(tables.get(table).fileName(), row.line());
        }

        private Map<String, CsvTable.Row> byId(String table) {
            Map<String, CsvTable.Row> rows = new HashMap<>();
            if (tables.containsKey(table)) {
                for (CsvTable.Row row : tables.get(table).rows()) {
                    String id = key(row.get("id"));
                    if (id != null) {
                        rows.putIfAbsent(id, row);
                    }
                }
            }
            return rows;
        }

        private Map<String, List<CsvTable.Row>> grouped(String table, String column) {
            Map<String, List<CsvTable.Row>> rows = new HashMap<>();
            if (tables.containsKey(table) && tables.get(table).hasColumn(column)) {
                for (CsvTable.Row row : tables.get(table).rows()) {
                    String id = key(row.get(column));
                    if (id != null) {
                        rows.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
                    }
                }
            }
            return rows;
        }

        private static List<CsvTable.Row> related(Map<String, List<CsvTable.Row>> rows, String id) {
            return id == null ? List.of() : rows.getOrDefault(id, List.of());
        }

        private static String key(String id) {
            return id == null || id.isBlank() ? null : id.trim();
        }

        private static ObjectNode object(CsvTable.Row row) {
            ObjectNode node = OrukJsonReader.JSON.createObjectNode();
            row.values().forEach(node::put);
            return node;
        }
    }
}
