package org.provisionlens.jobs.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalReader;
import org.provisionlens.core.reorganisation.ProposalWriter;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/** The demo's proposals, the template's example and the schema: what the reader reads, the schema accepts. */
class ProposalFilesTests {

    private static final Path PROPOSALS = Path.of("demo-data/proposals");
    private static final Path EXAMPLE = Path.of("templates/proposal-example.yaml");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text(Path.of("templates/proposal-schema.json")), InputFormat.JSON);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemoCutsTheCommunicationResourcedProvisionByThirtyPerCent() throws IOException {
        Proposal cut = ProposalReader.read(PROPOSALS.resolve("trafford-cut-communication-resourced-provision.yaml"));

        assertThat(cut.laCode()).isEqualTo("E08000009");
        assertThat(cut.changes()).containsExactly(new Change.ChangeCapacity("services:S358-RP-COMM", null, -30.0));
        // the description's figures: 116 places and 115 children placed, in the demo's generated inputs
        assertThat(cut.description())
                .contains("It has 116 places", "115 children are placed", "81.2 places (116 x 0.7)");
        assertThat(csvCell("demo-data/generated/services.csv", "S358-RP-COMM", "capacity"))
                .isEqualTo("116");
        assertThat(childRecords().filter(row -> row.get("setting").equals("S358-RP-COMM")))
                .hasSize(115);
    }

    @Test
    void theDemoOpensATwentyPlaceAutismBaseInPartingtonWithTheSourceOfItsCost() throws IOException {
        Proposal base = ProposalReader.read(PROPOSALS.resolve("trafford-open-autism-base-partington.yaml"));

        Change.OpenService open = (Change.OpenService) base.changes().get(0);
        assertThat(base.changes()).hasSize(1);
        assertThat(open)
                .extracting(
                        Change.OpenService::domain,
                        Change.OpenService::tier,
                        Change.OpenService::needs,
                        Change.OpenService::minAge,
                        Change.OpenService::maxAge,
                        Change.OpenService::capacity,
                        Change.OpenService::unit,
                        Change.OpenService::costPerUnit,
                        Change.OpenService::postcode)
                .containsExactly(
                        Domain.EDUCATION,
                        Tier.SPECIALIST,
                        java.util.Set.of(NeedCode.ASD),
                        11,
                        16,
                        20,
                        CapacityUnit.PLACES,
                        new BigDecimal("14000"),
                        "M31 4BU");
        assertThat(open.costSource()).startsWith("Demo assumption, not a Trafford figure");
        // Broadoak School's listed location is the base's site
        assertThat(csvCell("demo-data/trafford/trafford_schools_and_colleges.csv", "Broadoak School", "lat"))
                .startsWith("53.41335");
        // the description's figure: 32 records of ASD, aged 11 to 16, in postcode district M31
        assertThat(childRecords()
                        .filter(row -> row.get("primary_need").equals("ASD")
                                && row.get("postcode_district").equals("M31")
                                && !row.get("age").isEmpty()
                                && Integer.parseInt(row.get("age")) >= 11
                                && Integer.parseInt(row.get("age")) <= 16))
                .hasSize(32);
        assertThat(base.description()).contains("32 children and young people with autism");
    }

    @Test
    void theExampleHasOneOfEachKindOfChange() throws IOException {
        Proposal example = ProposalReader.read(EXAMPLE);

        assertThat(example.changes().stream().map(change -> change.getClass().getSimpleName()))
                .containsExactly(
                        "CloseService",
                        "ChangeCapacity",
                        "ChangeCapacity",
                        "MergeServices",
                        "OpenService",
                        "ChangeNeedsOrAges",
                        "ChangeEligibility",
                        "ChangeTransportPolicy",
                        "ChangeUnitCost");
    }

    @Test
    void everyProposalFileAndTheExampleValidateAgainstTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(PROPOSALS)) {
            files = Stream.concat(listed.sorted(), Stream.of(EXAMPLE)).toList();
        }

        assertThat(files).hasSize(3);
        for (Path file : files) {
            assertThat(errors(text(file))).as(file.toString()).isEmpty();
            Proposal proposal = ProposalReader.read(file);
            // what the dashboards' form writes for it reads back the same
            assertThat(ProposalReader.read("written", ProposalWriter.yaml(proposal)))
                    .as(file.toString())
                    .isEqualTo(proposal);
        }
    }

    /** Errors of the schema on a text, read as the reader reads it. */
    static List<String> errors(String text) {
        JsonNode node = JSON.valueToTree(ProposalReader.tree("file", text));
        return SCHEMA.validate(node).stream().map(Error::toString).toList();
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Map<String, String>> childRecords() throws IOException {
        return rows(Path.of("demo-data/generated/child_records.csv"));
    }

    private static String csvCell(String file, String key, String column) throws IOException {
        return rows(Path.of(file))
                .filter(row -> row.containsValue(key))
                .findFirst()
                .orElseThrow()
                .get(column);
    }

    private static Stream<Map<String, String>> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList().stream();
        }
    }
}
