package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.provisionlens.core.csv.Bom;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Format {@code oruk-json}: a file holding what an Open Referral UK API returns, one of
 *
 * <ul>
 *   <li>a page of {@code /services}: {@code {"total_items", ..., "contents": [service, ...]}}, records at {@code
 *       /contents/0}, {@code /contents/1}, ...;
 *   <li>one full service, as {@code /services/{id}} returns it: the record at {@code ""} (the whole document);
 *   <li>a plain JSON array of services: records at {@code /0}, {@code /1}, ...
 * </ul>
 *
 * Quarantine entries and findings point at the field ({@code /contents/3/name}, {@code /contents/3/email}).
 */
public final class OrukJsonReader {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A service object in a document and its JSON pointer. */
    record Item(String pointer, JsonNode node) {}

    private OrukJsonReader() {}

    public static ReadResult<Service> read(InputSpec spec) {
        if (spec.path() == null) {
            throw new InputException(spec.describe() + ": format " + spec.format() + " reads a file, not a URL");
        }
        org.provisionlens.jobs.ingest.FileLimits.check(
                spec.describe(),
                spec.path(),
                org.provisionlens.jobs.ingest.FileLimits.IN_MEMORY_PROPERTY,
                org.provisionlens.jobs.ingest.FileLimits.IN_MEMORY_DEFAULT_BYTES);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(spec.path());
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
        JsonNode root = parse(decode(bytes, spec.encoding(), spec.describe()), spec.describe());
        ServiceCollector services = new ServiceCollector();
        for (Item item : items(root, spec.describe())) {
            add(services, spec, spec.fileName(), item.pointer(), item.node());
        }
        return services.result(spec, sha256(bytes));
    }

    /** Maps one record read from {@code file} (a file's name or a URL) at {@code pointer} into the collector. */
    static void add(ServiceCollector services, InputSpec spec, String file, String pointer, JsonNode node) {
        HsdsServiceMapper.Mapping mapping = HsdsServiceMapper.map(node, spec.name(), spec.format(), file, pointer);
        services.add(
                mapping,
                file.equals(spec.fileName()) ? pointer : pointer + " of " + file,
                new ServiceCollector.Locator() {
                    @Override
                    public QuarantineEntry entry(HsdsServiceMapper.Problem problem) {
                        return QuarantineEntry.atPointer(
                                spec.name(),
                                file,
                                ServiceCollector.fieldPointer(pointer, problem),
                                problem.field(),
                                problem.value(),
                                problem.reason());
                    }

                    @Override
                    public FieldFinding finding(HsdsServiceMapper.Finding finding, String serviceId) {
                        return new FieldFinding(
                                spec.name(),
                                file,
                                null,
                                ServiceCollector.fieldPointer(pointer, finding.pointer(), finding.field()),
                                serviceId,
                                finding.field(),
                                finding.value(),
                                finding.keptAs(),
                                finding.reason());
                    }
                });
    }

    static String decode(byte[] bytes, Charset charset, String what) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Bom.strip(text);
        } catch (CharacterCodingException e) {
            throw new InputException(what + " is not valid " + charset.displayName() + " text", e);
        }
    }

    static JsonNode parse(String text, String what) {
        if (text.isBlank()) {
            throw new InputException(what + " is empty: expected JSON (a page of services, a service or an array)");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(
                    what + " is not JSON ("
                            + (e.getLocation() == null
                                    ? ""
                                    : "line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ": ")
                            + e.getOriginalMessage()
                            + "); expected a page of services {\"contents\": [...]}, a service or an array",
                    e);
        }
    }

    /** The service records of a document: a page's contents, an array's items, or the one service. */
    static List<Item> items(JsonNode root, String what) {
        List<Item> items = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                items.add(new Item("/" + i, root.get(i)));
            }
        } else if (root.isObject() && root.has("contents")) {
            JsonNode contents = root.get("contents");
            if (!contents.isArray() && !contents.isNull()) {
                throw new InputException(what + ": \"contents\" is not an array; expected a page of services"
                        + " {\"contents\": [service, ...]}");
            }
            for (int i = 0; i < contents.size(); i++) {
                items.add(new Item("/contents/" + i, contents.get(i)));
            }
        } else if (root.isObject()) {
            items.add(new Item("", root));
        } else {
            throw new InputException(
                    what + " holds a JSON " + root.getNodeType().name().toLowerCase()
                            + "; expected a page of services {\"contents\": [...]}, a service object or an array of services");
        }
        return items;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
