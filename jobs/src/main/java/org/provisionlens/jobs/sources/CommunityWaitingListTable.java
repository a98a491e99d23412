package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trim;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * NHS England's community health services waiting lists for children and young people, monthly, by organisation and
 * therapy (format {@code nhs-community-waiting-list-csv}; the layout of {@code la_ch_time_series_derived.csv} as DfE's
 * SEND and AP dashboard prepared it). {@code NA} is missing, never zero.
 *
 * <p>The file names the same kind of area in several ways: England's rows have the type {@code NA}, {@code
 * Organisation} or {@code National} by month; provider trusts are {@code Organisation} until May 2023 and {@code
 * Provider} after; from August 2023 names are in capitals. Rows are matched on the name, whatever its case.
 */
public final class CommunityWaitingListTable {

    public static final String FORMAT = "nhs-community-waiting-list-csv";

    static final String TYPE = "Organisation Type";
    static final String NAME = "Organisation Name";
    static final String MONTH = "formattedDate";
    static final String THERAPY = "Therapy";
    static final String WAITING = "Total waiting list";
    static final String OVER_18_TO_52 = "Waiting >18-52 weeks";
    static final String OVER_52 = "Waiting >52 weeks";
    static final String PERCENT_OVER_18 = "Percentage waiting more than 18 weeks";

    static final List<String> TYPES = List.of("National", "Region", "ICB", "Organisation", "Provider");
    static final String ENGLAND = "England";

    private CommunityWaitingListTable() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<String> columns =
                List.of(TYPE, NAME, "Date", MONTH, THERAPY, WAITING, OVER_18_TO_52, OVER_52, PERCENT_OVER_18);
        Column isEngland = lower(trim(col(NAME))).equalTo("england");
        Column over18 = count(OVER_18_TO_52).plus(count(OVER_52));
        List<FieldCheck> checks = List.of(
                FieldCheck.required(NAME),
                FieldCheck.oneOf(TYPE, TYPES, true),
                new FieldCheck(
                        TYPE,
                        FieldCheck.missing(TYPE)
                                .and(FieldCheck.missing(NAME).unary_$bang())
                                .and(isEngland.unary_$bang()),
                        "expected one of " + String.join(", ", TYPES) + " (only England's rows may leave it NA)"),
                FieldCheck.required(MONTH),
                new FieldCheck(
                        MONTH,
                        FieldCheck.missing(MONTH)
                                .unary_$bang()
                                .and(DateText.toDate(col(MONTH)).isNull()),
                        "expected the month's first day as a date, " + DateText.FORMATS + " (e.g. 2023-10-01)"),
                FieldCheck.required(THERAPY),
                FieldCheck.coded(
                        THERAPY,
                        Therapy::parse,
                        "expected one of Audiology, Community Paediatric Service, Occupational Therapy, Speech And"
                                + " Language, Physiotherapy"),
                FieldCheck.wholeNumberOrMissing(WAITING),
                FieldCheck.wholeNumberOrMissing(OVER_18_TO_52),
                FieldCheck.wholeNumberOrMissing(OVER_52),
                FieldCheck.decimalOrMissing(PERCENT_OVER_18),
                duplicate(),
                new FieldCheck(
                        OVER_18_TO_52,
                        over18.gt(count(WAITING)),
                        "more children waiting over 18 weeks (" + OVER_18_TO_52 + " plus " + OVER_52
                                + ") than on the whole waiting list"));
        return CsvInput.read(spark, spec, columns, checks);
    }

    /** The accepted rows of the ICB named (any case) and of England, as core records. */
    public static List<CommunityWait> ofIcbAndEngland(IngestedInput table, String icb) {
        return inScopeWaits(table, icb, List.of());
    }

    /**
     * The accepted rows of the ICB named (any case), of England and of the provider trusts named (any case), as core
     * records; every other row is out of the run's scope. The ICB's and the providers' rows carry the names as the
     * manifest gives them (a provider is written in capitals from August 2023). An ICB or a provider the file has no
     * row for stops the run, naming what the file does have.
     */
    public static List<CommunityWait> inScopeWaits(IngestedInput table, String icb, List<String> providers) {
        List<CommunityWait> waits = inScope(table, icb, providers).orderBy(col(CsvInput.LINE)).collectAsList().stream()
                .map(row -> wait(row, icb, providers))
                .toList();
        if (waits.stream().noneMatch(wait -> wait.areaType() == CommunityWait.AreaType.ICB)) {
            throw new InputException(table.spec().describe() + " has no rows for the ICB '" + icb + "' (the"
                    + " manifest's icb); expected an ICB the file names, e.g. "
                    + names(table, lower(trim(col(TYPE))).equalTo("icb")));
        }
        for (String provider : providers) {
            if (waits.stream().noneMatch(wait -> wait.area().equals(provider))) {
                String word = provider.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
                throw new InputException(table.spec().describe() + " has no rows for the provider '" + provider
                        + "' (the manifest's nhsProviders); expected a provider trust the file names, e.g. "
                        + names(
                                table,
                                lower(trim(col(TYPE)))
                                        .isin("organisation", "provider")
                                        .and(lower(col(NAME)).contains(word))));
            }
        }
        return waits;
    }

    /** Up to 12 names of the file's accepted rows that {@code filter} keeps, in alphabetical order. */
    private static List<String> names(IngestedInput table, Column filter) {
        return table
                .accepted()
                .filter(filter)
                .select(trim(col(NAME)))
                .distinct()
                .orderBy(trim(col(NAME)))
                .collectAsList()
                .stream()
                .map(row -> row.getString(0))
                .limit(12)
                .toList();
    }

    /** The accepted rows of the ICB named (any case), of England and of the providers named: the run's scope. */
    public static Dataset<Row> inScope(IngestedInput table, String icb, List<String> providers) {
        List<String> names = new java.util.ArrayList<>(List.of(icb.toLowerCase(Locale.ROOT), "england"));
        providers.forEach(provider -> names.add(provider.trim().toLowerCase(Locale.ROOT)));
        return table.accepted().filter(lower(trim(col(NAME))).isin(names.toArray()));
    }

    private static CommunityWait wait(Row row, String icb, List<String> providers) {
        String name = Values.textOrNull(row, NAME);
        boolean england = ENGLAND.equalsIgnoreCase(name);
        String provider = providers.stream()
                .filter(given -> given.trim().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
        CommunityWait.AreaType type = england
                ? CommunityWait.AreaType.ENGLAND
                : provider != null ? CommunityWait.AreaType.PROVIDER : areaType(Values.textOrNull(row, TYPE));
        return new CommunityWait(
                type,
                england ? ENGLAND : provider != null ? provider.trim() : icb,
                YearMonth.from(DateText.parse(row.getAs(MONTH)).orElseThrow()),
                Therapy.parse(row.getAs(THERAPY)).orElseThrow(),
                Values.integerOrNull(row, WAITING),
                Values.integerOrNull(row, OVER_18_TO_52),
                Values.integerOrNull(row, OVER_52));
    }

    private static CommunityWait.AreaType areaType(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "icb" -> CommunityWait.AreaType.ICB;
            case "region" -> CommunityWait.AreaType.REGION;
            case "national" -> CommunityWait.AreaType.ENGLAND;
            default -> CommunityWait.AreaType.PROVIDER;
        };
    }

    /** A row for the same organisation (any case), month and therapy as an earlier line: the later one is quarantined. */
    private static FieldCheck duplicate() {
        Column firstLine = min(col(CsvInput.LINE))
                .over(Window.partitionBy(lower(trim(col(NAME))), trim(col(MONTH)), lower(trim(col(THERAPY)))));
        return new FieldCheck(
                NAME,
                firstLine.lt(col(CsvInput.LINE)),
                "duplicate row",
                null,
                concat(
                        lit("the same organisation, month and therapy as line "),
                        firstLine.cast(DataTypes.StringType),
                        lit(" (a second row would count the waits twice)")));
    }

    /** The whole number in the field, or null (missing): a check that compares counts is not wrong when one is NA. */
    private static Column count(String field) {
        return trim(col(field)).try_cast(DataTypes.LongType);
    }
}
