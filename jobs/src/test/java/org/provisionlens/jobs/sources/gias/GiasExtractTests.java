package org.provisionlens.jobs.sources.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.provision.SettingClassifier;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;

/** Reads the extract of {@link GiasFixture} (see there what each line holds). */
class GiasExtractTests {

    private static SparkSession spark;
    private static Path file;
    private static IngestedInput extract;

    @TempDir
    static Path folder;

    @BeforeAll
    static void readTheExtract() throws IOException {
        spark = SparkTestSession.start();
        file = GiasFixture.writeWindows1252(folder.resolve("edubasealldata20250301.csv"));
        extract = GiasExtract.ingest(spark, spec(file));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static InputSpec spec(Path path) {
        return new InputSpec("gias", GiasExtract.FORMAT, path, null, GiasFixture.WINDOWS_1252);
    }

    private static Map<String, Establishment> traffordByUrn() {
        return GiasExtract.establishments(extract, "358").stream()
                .collect(Collectors.toMap(Establishment::urn, Function.identity()));
    }

    @Test
    void quarantinesEveryWrongFieldWithItsLineAndLosesNothing() {
        assertThat(extract.rowsRead()).isEqualTo(19);
        assertThat(extract.rowsAccepted()).isEqualTo(14);
        assertThat(extract.rowsQuarantined()).isEqualTo(5);
        List<String> quarantine = extract.quarantine().orderBy("line", "field").collectAsList().stream()
                .map(row -> row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] " + row.getString(5))
                .toList();
        assertThat(quarantine)
                .containsExactly(
                        "15 URN [abc] expected a whole number",
                        "16 SEN1 (name) [XYZ - Unknown provision] expected a GIAS SEN provision type such as 'ASD -"
                                + " Autistic Spectrum Disorder' (codes ASD, HI, MLD, MSI, OTH, PD, PMLD, SEMH, SLCN,"
                                + " SLD, SpLD, VI), or blank",
                        "16 SchoolCapacity [lots] expected a whole number of 0 or more, or NA for not known",
                        "17 Northing [null] expected both Easting and Northing, or neither",
                        "17 StatutoryHighAge [5] expected the statutory high age to be at least the low age",
                        "18 (line) [] blank line",
                        "18 EstablishmentName [null] a value is required",
                        "18 EstablishmentStatus (name) [null] a value is required",
                        "18 LA (code) [null] expected a whole number",
                        "18 TypeOfEstablishment (name) [null] a value is required",
                        "18 URN [null] expected a whole number",
                        "19 Easting [9999999] expected a decimal number from 0 to 700000, or NA for not known");
        assertThat(extract.quarantine().select("file").distinct().collectAsList())
                .extracting(row -> row.getString(0))
                .containsExactly("edubasealldata20250301.csv");
    }

    @Test
    void keepsOpenEstablishmentsOfTheAreaAndCountsTheClosedAndUnopened() {
        assertThat(GiasExtract.establishments(extract, "358"))
                .extracting(Establishment::urn)
                .containsExactly(
                        "106167", "106394", "106303", "106308", "106347", "106344", "142288", "136239", "106285",
                        "142914");
        assertThat(GiasExtract.notOpenCount(extract, "358")).isEqualTo(2);
        assertThat(GiasExtract.establishments(extract, null)).hasSize(12);
        assertThat(GiasExtract.notOpenCount(extract, null)).isEqualTo(2);
        assertThat(GiasExtract.establishments(extract, "352"))
                .extracting(Establishment::name)
                .containsExactly("Camberwell Park School");
    }

    @Test
    void decodesWindows1252TypographicApostrophes() {
        Map<String, Establishment> schools = traffordByUrn();
        assertThat(schools.get("106347").name()).isEqualTo("All Saints\u2019 Catholic Primary School");
        assertThat(schools.get("106344").name()).isEqualTo("St Mary\u2019s CofE Primary School");
    }

    @Test
    void refusesAWindows1252ExtractReadAsUtf8NamingTheFirstBadLine() {
        InputSpec utf8 = new InputSpec("gias", GiasExtract.FORMAT, file);
        assertThatThrownBy(() -> GiasExtract.ingest(spark, utf8))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is not valid UTF-8 text (first bad byte on line 6)");
    }

    @Test
    void stopsOnAnExtractWithoutAColumnItUses() throws IOException {
        Path cut = folder.resolve("no-sen-unit.csv");
        Files.writeString(cut, "URN,LA (code),EstablishmentName\r\n106167,358,St John Vianney School\r\n");
        assertThatThrownBy(() -> GiasExtract.ingest(spark, spec(cut)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-sen-unit.csv")
                .hasMessageContaining("SenUnitCapacity")
                .hasMessageContaining("TypeOfEstablishment (name)");
    }

    @Test
    void readsCapacitiesUnitAndResourcedPlacesAndLeavesBlanksUnknown() {
        Map<String, Establishment> schools = traffordByUrn();
        Establishment firs = schools.get("106303");
        assertThat(firs.capacity()).isEqualTo(590);
        assertThat(firs.resourceProvision()).isEqualTo("SEN unit");
        assertThat(firs.senUnitPlaces()).isEqualTo(20);
        assertThat(firs.resourcedProvisionPlaces()).isNull();
        Establishment moorlands = schools.get("106308");
        assertThat(moorlands.senUnitPlaces()).isEqualTo(14);
        assertThat(moorlands.resourcedProvisionPlaces()).isEqualTo(10);
        assertThat(SettingClassifier.classify(moorlands))
                .containsExactlyInAnyOrder(ProvisionKind.SEN_UNIT, ProvisionKind.RESOURCED_PROVISION);
        assertThat(schools.get("106167").resourceProvision()).isNull(); // "Not applicable"
        assertThat(schools.get("142914").capacity()).isNull();
        assertThat(SettingClassifier.classify(schools.get("142914"))).containsExactly(ProvisionKind.SPECIALIST_POST_16);
        assertThat(SettingClassifier.classify(schools.get("136239")))
                .containsExactly(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL);
    }

    @Test
    void placesSchoolsWhereGiasPutsThemInWgs84() {
        // Trafford Data Lab's lat/lon of St John Vianney School (from GIAS): 53.45146177, -2.27829215.
        // The fixture's grid reference is that point rounded to whole metres (about 0.00001 degrees).
        Establishment school = traffordByUrn().get("106167");
        assertThat(school.latitude()).isCloseTo(53.45146177422409, within(0.00002));
        assertThat(school.longitude()).isCloseTo(-2.278292152005369, within(0.00003));
        Establishment college = traffordByUrn().get("142914");
        assertThat(college.latitude()).isNull();
        assertThat(college.longitude()).isNull();
    }

    @Test
    void readsTheNeedsAnEstablishmentServesByTheirCodes() {
        Map<String, java.util.Set<NeedCode>> needs = GiasExtract.openInArea(extract, "358").collectAsList().stream()
                .collect(Collectors.toMap(row -> row.<String>getAs("URN"), GiasExtract::needsServed));
        assertThat(needs.get("106167")).containsExactlyInAnyOrder(NeedCode.MLD, NeedCode.ASD, NeedCode.SLCN);
        assertThat(needs.get("106347")).containsExactly(NeedCode.SPLD);
        assertThat(needs.get("142288")).containsExactly(NeedCode.SEMH); // SEMH and its old name BESD
        assertThat(needs.get("106344")).isEmpty();
    }

    @Test
    void listsEstablishmentsAsEducationServicesThatMergeByUrn() {
        List<Service> services = GiasExtract.services(extract, "358");
        // 10 open establishments, and each unit or resourced provision of a mainstream school as a service of its own:
        // Firs (SEN unit), Moorlands (SEN unit and resourced provision), All Saints' (resourced provision) and one
        // more: 14
        assertThat(services).hasSize(14);
        Map<String, Service> byUrn = services.stream()
                .filter(service -> service.urn() != null)
                .collect(Collectors.toMap(Service::urn, Function.identity()));
        Map<String, Service> byId = services.stream().collect(Collectors.toMap(Service::id, Function.identity()));

        Service vianney = byUrn.get("106167");
        assertThat(vianney.id()).isEqualTo("gias:106167");
        assertThat(vianney.domain()).isEqualTo(Domain.EDUCATION);
        assertThat(vianney.tier()).isEqualTo(Tier.SPECIALIST);
        assertThat(vianney.capacity()).isEqualTo(160);
        assertThat(vianney.capacityUnit()).isEqualTo(CapacityUnit.PLACES);
        assertThat(vianney.currentUse()).isEqualTo(172);
        assertThat(vianney.ages()).isEqualTo(new AgeRange(5, 19));
        assertThat(vianney.inArea()).isTrue();
        assertThat(vianney.qualityRating()).isEqualTo("Good");
        assertThat(vianney.website()).isEqualTo("www.stjohnvianneyschool.co.uk");
        assertThat(vianney.phone()).isEqualTo("01618814000");
        assertThat(vianney.mainPostcode()).isEqualTo("M16 0EX");
        assertThat(vianney.locations().get(0).address()).isEqualTo("Rye Bank Road, Manchester");
        assertThat(vianney.categories()).containsExactly("Community special school", "State-funded special schools");
        assertThat(vianney.sources())
                .containsExactly(new SourceReference(
                        "gias", "gias-extract-csv", "edubasealldata20250301.csv", "line 2", "106167"));

        // the mainstream school is universal, with its whole capacity; its unit is specialist, with the unit's places
        assertThat(byUrn.get("106303").tier()).isEqualTo(Tier.UNIVERSAL);
        assertThat(byUrn.get("106303").capacity()).isEqualTo(590);
        assertThat(byId.get("gias:106303:sen-unit").tier()).isEqualTo(Tier.SPECIALIST);
        assertThat(byId.get("gias:106303:sen-unit").capacity()).isEqualTo(20);
        assertThat(byId.get("gias:106347:resourced-provision").capacity()).isEqualTo(12);
        assertThat(byId.get("gias:106308:sen-unit").capacity()).isEqualTo(14);
        assertThat(byId.get("gias:106308:resourced-provision").capacity()).isEqualTo(10);
        assertThat(byUrn.get("106344").tier()).isEqualTo(Tier.UNIVERSAL);
        assertThat(byUrn.get("106344").categories()).containsExactly("Primary", "Voluntary aided school");

        Service other = ServiceBuilder.service("localoffer:77", "St John Vianney")
                .urn("106167")
                .build();
        List<ServiceMerger.Merged> merged = ServiceMerger.merge(List.of(vianney, other));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).mergedIds()).containsExactly("gias:106167", "localoffer:77");
    }

    @Test
    void acceptedRowsKeepTheirLineNumbers() {
        assertThat(GiasExtract.openInArea(extract, "352").collectAsList())
                .extracting(row -> ((Number) row.getAs(CsvInput.LINE)).longValue())
                .containsExactly(13L);
    }
}
