package org.provisionlens.jobs.sources.gias;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.geography.BritishNationalGrid;
import org.provisionlens.core.geography.LatLon;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * The full GIAS establishment extract (format {@code gias-extract-csv}: the "edubasealldata" download, about 130
 * columns, Windows-1252 unless the manifest names another encoding). Every establishment ever registered is a row;
 * closed ones (and ones proposed to open) are accepted but out of scope: {@link #notOpenCount} says how many.
 *
 * <p>Coordinates are National Grid eastings and northings (OSGB36), converted to WGS84 latitude and longitude with
 * {@link BritishNationalGrid}.
 */
public final class GiasExtract {

    public static final String FORMAT = "gias-extract-csv";

    /** The grid's extent, in metres. */
    private static final double MAX_EASTING = 700_000;

    private static final double MAX_NORTHING = 1_300_000;

    private GiasExtract() {}

    /** The extract's rows, checked. */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<FieldCheck> checks = new ArrayList<>(List.of(
                FieldCheck.wholeNumber(GiasColumns.URN),
                FieldCheck.wholeNumber(GiasColumns.LA_CODE),
                FieldCheck.required(GiasColumns.NAME),
                FieldCheck.atMost(GiasColumns.NAME, InputLimits.NAME_CHARS),
                FieldCheck.required(GiasColumns.TYPE),
                FieldCheck.required(GiasColumns.STATUS),
                FieldCheck.wholeNumberOrMissing(GiasColumns.ESTABLISHMENT_NUMBER),
                FieldCheck.wholeNumberOrMissing(GiasColumns.LOW_AGE),
                FieldCheck.wholeNumberOrMissing(GiasColumns.HIGH_AGE),
                agesInOrder(),
                FieldCheck.wholeNumberOrMissing(GiasColumns.CAPACITY),
                FieldCheck.wholeNumberOrMissing(GiasColumns.PUPILS),
                FieldCheck.wholeNumberOrMissing(GiasColumns.RESOURCED_PROVISION_CAPACITY),
                FieldCheck.wholeNumberOrMissing(GiasColumns.RESOURCED_PROVISION_ON_ROLL),
                FieldCheck.wholeNumberOrMissing(GiasColumns.SEN_UNIT_CAPACITY),
                FieldCheck.wholeNumberOrMissing(GiasColumns.SEN_UNIT_ON_ROLL),
                FieldCheck.decimalInRangeOrMissing(GiasColumns.EASTING, 0, MAX_EASTING),
                FieldCheck.decimalInRangeOrMissing(GiasColumns.NORTHING, 0, MAX_NORTHING),
                new FieldCheck(
                        GiasColumns.NORTHING,
                        FieldCheck.missing(GiasColumns.EASTING).notEqual(FieldCheck.missing(GiasColumns.NORTHING)),
                        "expected both Easting and Northing, or neither")));
        for (String sen : GiasColumns.SEN) {
            checks.add(new FieldCheck(
                    sen,
                    FieldCheck.missing(sen)
                            .unary_$bang()
                            .and(col(sen).rlike(SenProvisionTypes.pattern()).unary_$bang()),
                    "expected a GIAS SEN provision type such as 'ASD - Autistic Spectrum Disorder' (codes ASD, HI,"
                            + " MLD, MSI, OTH, PD, PMLD, SEMH, SLCN, SLD, SpLD, VI), or blank"));
        }
        return CsvInput.read(spark, spec, GiasColumns.REQUIRED, checks);
    }

    private static FieldCheck agesInOrder() {
        Column low = trim(col(GiasColumns.LOW_AGE));
        Column high = trim(col(GiasColumns.HIGH_AGE));
        return new FieldCheck(
                GiasColumns.HIGH_AGE,
                low.rlike("^\\d+$")
                        .and(high.rlike("^\\d+$"))
                        .and(low.try_cast(DataTypes.IntegerType).gt(high.try_cast(DataTypes.IntegerType))),
                "expected the statutory high age to be at least the low age");
    }

    /** The accepted rows of the local authority with the given 3-digit DfE code (all rows for {@code null}). */
    public static Dataset<Row> inArea(IngestedInput extract, String laCode) {
        Dataset<Row> rows = extract.accepted();
        return laCode == null
                ? rows
                : rows.filter(trim(col(GiasColumns.LA_CODE)).equalTo(laCode.trim()));
    }

    /** The open establishments ("Open", "Open, but proposed to close") of the area, in file order. */
    public static Dataset<Row> openInArea(IngestedInput extract, String laCode) {
        return inArea(extract, laCode).filter(isOpen()).orderBy(col(CsvInput.LINE));
    }

    /** Accepted rows of the area that are out of scope: closed, or proposed to open. */
    public static long notOpenCount(IngestedInput extract, String laCode) {
        return inArea(extract, laCode).filter(isOpen().unary_$bang()).count();
    }

    private static Column isOpen() {
        return lower(trim(col(GiasColumns.STATUS))).startsWith("open");
    }

    /** The area's open establishments as core records, in file order. */
    public static List<Establishment> establishments(IngestedInput extract, String laCode) {
        return openInArea(extract, laCode).collectAsList().stream()
                .map(GiasExtract::establishment)
                .toList();
    }

    /** The area's open establishments as Local Offer services (see {@link GiasServices}), in file order. */
    public static List<Service> services(IngestedInput extract, String laCode) {
        return GiasServices.services(extract.spec(), openInArea(extract, laCode).collectAsList(), laCode != null);
    }

    /** One accepted row as a core establishment: capacities unknown (null) where GIAS leaves them blank. */
    public static Establishment establishment(Row row) {
        LatLon location = location(row);
        return new Establishment(
                Values.textOrNull(row, GiasColumns.URN),
                Values.textOrNull(row, GiasColumns.NAME),
                Values.textOrNull(row, GiasColumns.TYPE),
                Values.integerOrNull(row, GiasColumns.ESTABLISHMENT_NUMBER),
                Values.integerOrNull(row, GiasColumns.LOW_AGE),
                Values.integerOrNull(row, GiasColumns.HIGH_AGE),
                Values.integerOrNull(row, GiasColumns.CAPACITY),
                resourceProvision(row),
                Values.integerOrNull(row, GiasColumns.SEN_UNIT_CAPACITY),
                Values.integerOrNull(row, GiasColumns.RESOURCED_PROVISION_CAPACITY),
                Values.textOrNull(row, GiasColumns.POSTCODE),
                location == null ? null : location.longitude(),
                location == null ? null : location.latitude());
    }

    /** GIAS "TypeOfResourcedProvision": "SEN unit", "Resourced provision", both, or {@code null} for not applicable. */
    static String resourceProvision(Row row) {
        String value = Values.textOrNull(row, GiasColumns.RESOURCED_PROVISION_TYPE);
        return value == null || SenProvisionTypes.isNotApplicable(value) ? null : value;
    }

    /** The needs named in SEN1 to SEN13 (by the code before " - "); empty when none. */
    public static Set<NeedCode> needsServed(Row row) {
        List<String> values = new ArrayList<>();
        for (String sen : GiasColumns.SEN) {
            values.add(Values.textOrNull(row, sen));
        }
        return SenProvisionTypes.needs(values);
    }

    /** WGS84 latitude and longitude from Easting and Northing, or {@code null} when GIAS gives none. */
    public static LatLon location(Row row) {
        Double easting = Values.decimalOrNull(row, GiasColumns.EASTING);
        Double northing = Values.decimalOrNull(row, GiasColumns.NORTHING);
        if (easting == null || northing == null) {
            return null;
        }
        return BritishNationalGrid.toWgs84(easting, northing);
    }
}
