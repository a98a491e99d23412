package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.EstablishmentServices;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * The GIAS-derived "schools and colleges" listing (format {@code trafford-schools-csv}, as Trafford Data Lab publishes
 * it): one row per school or college with type, ages, capacity, resourced provision and location.
 */
public final class SchoolListing {

    public static final String FORMAT = "trafford-schools-csv";

    static final String NAME = "name";
    static final String LA_CODE = "local_authority_code";
    static final String ESTABLISHMENT_NUMBER = "establishment_number";
    static final String URN = "unique_reference_number";
    static final String TYPE = "type";
    static final String LOW_AGE = "lowest_admission_age";
    static final String HIGH_AGE = "highest_admission_age";
    static final String CAPACITY = "capacity";
    static final String RESOURCE_PROVISION = "resource_provision";
    static final String POSTCODE = "postcode";
    static final String LONGITUDE = "lon";
    static final String LATITUDE = "lat";

    private static final List<String> COLUMNS = List.of(
            NAME,
            LA_CODE,
            ESTABLISHMENT_NUMBER,
            URN,
            TYPE,
            LOW_AGE,
            HIGH_AGE,
            CAPACITY,
            RESOURCE_PROVISION,
            POSTCODE,
            LONGITUDE,
            LATITUDE);

    private SchoolListing() {}

    /** The listing's rows, checked. */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<FieldCheck> checks = List.of(
                FieldCheck.wholeNumber(URN),
                FieldCheck.required(NAME),
                FieldCheck.atMost(NAME, InputLimits.NAME_CHARS),
                FieldCheck.required(TYPE),
                FieldCheck.wholeNumber(LA_CODE),
                FieldCheck.wholeNumberOrMissing(ESTABLISHMENT_NUMBER),
                FieldCheck.wholeNumberOrMissing(LOW_AGE),
                FieldCheck.wholeNumberOrMissing(HIGH_AGE),
                FieldCheck.wholeNumberOrMissing(CAPACITY),
                FieldCheck.decimalOrMissing(LONGITUDE),
                FieldCheck.decimalOrMissing(LATITUDE),
                new FieldCheck(
                        HIGH_AGE,
                        FieldCheck.missing(LOW_AGE)
                                .or(FieldCheck.missing(HIGH_AGE))
                                .unary_$bang()
                                .and(trim(col(LOW_AGE)).rlike("^\\d+$"))
                                .and(trim(col(HIGH_AGE)).rlike("^\\d+$"))
                                .and(trim(col(LOW_AGE))
                                        .cast(DataTypes.IntegerType)
                                        .gt(trim(col(HIGH_AGE)).cast(DataTypes.IntegerType))),
                        "expected the highest admission age to be at least the lowest"));
        return CsvInput.read(spark, spec, COLUMNS, checks);
    }

    /** The accepted rows of the local authority with the given 3-digit DfE code. */
    public static Dataset<Row> inArea(IngestedInput listing, String oldLaCode) {
        return listing.accepted().filter(trim(col(LA_CODE)).equalTo(oldLaCode));
    }

    /** Rows as core establishments. The listing gives no unit or resourced provision capacity: those stay unknown. */
    public static List<Establishment> establishments(Dataset<Row> rows) {
        return rows.orderBy(col(CsvInput.LINE)).collectAsList().stream()
                .map(SchoolListing::establishment)
                .toList();
    }

    /**
     * The establishments as Local Offer services (education, in the area), split into school and unit services by
     * {@link EstablishmentServices}; capacity in places where the listing gives it.
     */
    public static List<Service> services(IngestedInput listing, Dataset<Row> rows) {
        String input = listing.spec().name();
        return rows.orderBy(col(CsvInput.LINE)).collectAsList().stream()
                .flatMap(row -> {
                    Establishment school = establishment(row);
                    return EstablishmentServices.of(
                            school,
                            ServiceBuilder.service(input + ":" + school.urn(), school.name())
                                    .urn(school.urn())
                                    .organisation(school.establishmentType())
                                    .domain(Domain.EDUCATION)
                                    .ages(new AgeRange(school.lowAge(), school.highAge()))
                                    .capacity(school.capacity())
                                    .capacityUnit(school.capacity() == null ? null : CapacityUnit.PLACES)
                                    .inArea(true)
                                    .website(Values.textOrNull(row, "website"))
                                    .locations(List.of(new ServiceLocation(
                                            school.name(),
                                            null,
                                            school.postcode(),
                                            school.latitude(),
                                            school.longitude())))
                                    .categories(List.of(school.establishmentType()))
                                    .sources(List.of(new SourceReference(
                                            input,
                                            FORMAT,
                                            listing.spec().fileName(),
                                            "line " + row.getAs(CsvInput.LINE),
                                            school.urn())))
                                    .build())
                            .stream();
                })
                .toList();
    }

    static Establishment establishment(Row row) {
        return new Establishment(
                Values.textOrNull(row, URN),
                Values.textOrNull(row, NAME),
                Values.textOrNull(row, TYPE),
                Values.integerOrNull(row, ESTABLISHMENT_NUMBER),
                Values.integerOrNull(row, LOW_AGE),
                Values.integerOrNull(row, HIGH_AGE),
                Values.integerOrNull(row, CAPACITY),
                Values.textOrNull(row, RESOURCE_PROVISION),
                null,
                null,
                Values.textOrNull(row, POSTCODE),
                Values.decimalOrNull(row, LONGITUDE),
                Values.decimalOrNull(row, LATITUDE));
    }
}
