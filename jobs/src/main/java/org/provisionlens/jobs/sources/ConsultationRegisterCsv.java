package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * The consultation register (format {@code consultation-register-csv}): one row per consultation activity on the
 * Local Offer, naming the groups of regulation 54 it reached ({@code ;}-separated, by code or a usual name such as
 * "ICB"), when it was held (dates as yyyy-mm-dd or dd/mm/yyyy; held_to NA for one day), how (a method such as online
 * survey, phone, event, focus group) and how many took part (NA when not recorded, never zero).
 */
public final class ConsultationRegisterCsv {

    public static final String FORMAT = "consultation-register-csv";

    static final String EVENT_ID = "event_id";
    static final String GROUPS = "consultee_groups";
    static final String HELD_FROM = "held_from";
    static final String HELD_TO = "held_to";
    static final String METHOD = "method";
    static final String DESCRIPTION = "description";
    static final String PARTICIPANTS = "participants";

    public static final List<String> COLUMNS =
            List.of(EVENT_ID, GROUPS, HELD_FROM, HELD_TO, METHOD, DESCRIPTION, PARTICIPANTS);

    private ConsultationRegisterCsv() {}

    /** Reads and checks the file with Spark; its accepted rows become events, in file order. */
    public static ReadResult<ConsultationEvent> read(SparkSession spark, InputSpec spec) {
        IngestedInput input = CsvInput.read(spark, spec, COLUMNS, checks());
        List<QuarantineEntry> quarantine = new ArrayList<>(input.quarantineEntries());
        List<ConsultationEvent> events = new ArrayList<>();
        long unconvertible = 0;
        for (Row row : input.accepted().orderBy(col(CsvInput.LINE)).collectAsList()) {
            try {
                events.add(event(row));
            } catch (IllegalArgumentException e) {
                // the checks should make this impossible; if they miss a case, the row is quarantined, not lost
                unconvertible++;
                quarantine.add(QuarantineEntry.atLine(
                        spec.name(),
                        spec.fileName(),
                        row.<Long>getAs(CsvInput.LINE),
                        "(row)",
                        null,
                        "not a valid consultation event: " + e.getMessage()));
            }
        }
        return new ReadResult<>(
                spec, input.sha256(), events, quarantine, input.rowsRead(), input.rowsQuarantined() + unconvertible);
    }

    static List<FieldCheck> checks() {
        Column unknownGroup = firstUnknownGroup(col(GROUPS));
        Column from = DateText.toDate(col(HELD_FROM));
        Column to = DateText.toDate(col(HELD_TO));
        return List.of(
                FieldCheck.required(EVENT_ID),
                FieldCheck.atMost(EVENT_ID, InputLimits.FIELD_CHARS),
                FieldCheck.unique(EVENT_ID),
                FieldCheck.required(GROUPS),
                new FieldCheck(
                        GROUPS,
                        FieldCheck.missing(GROUPS).unary_$bang().and(unknownGroup.isNotNull()),
                        "unknown consultee group",
                        null,
                        concat(
                                lit("unknown consultee group '"),
                                unknownGroup,
                                lit("'; expected groups of regulation 54 separated by ';': " + groupCodes()))),
                FieldCheck.required(HELD_FROM),
                FieldCheck.date(HELD_FROM),
                FieldCheck.date(HELD_TO),
                new FieldCheck(
                        HELD_TO,
                        from.isNotNull().and(to.isNotNull()).and(to.lt(from)),
                        "expected held_to on or after held_from (NA when held on one day)"),
                FieldCheck.required(METHOD),
                FieldCheck.coded(
                        METHOD,
                        ConsultationMethod::parse,
                        "expected a method: "
                                + Arrays.stream(ConsultationMethod.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))),
                FieldCheck.required(DESCRIPTION),
                FieldCheck.wholeNumberBetween(PARTICIPANTS, 0, 1_000_000));
    }

    private static String groupCodes() {
        return Arrays.stream(ConsulteeGroup.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The first ;-separated part that names no consultee group (the text when it has no part), or null. */
    private static Column firstUnknownGroup(Column text) {
        UDF1<String, String> firstUnknown = value -> {
            if (value == null || value.isBlank()) {
                return null;
            }
            List<String> parts = Arrays.stream(value.split(";"))
                    .map(String::trim)
                    .filter(part -> !part.isEmpty())
                    .toList();
            return parts.isEmpty()
                    ? value
                    : parts.stream()
                            .filter(part -> ConsulteeGroup.parse(part).isEmpty())
                            .findFirst()
                            .orElse(null);
        };
        return udf(firstUnknown, DataTypes.StringType).apply(text);
    }

    private static ConsultationEvent event(Row row) {
        List<ConsulteeGroup> groups = Arrays.stream(
                        Values.textOrNull(row, GROUPS).split(";"))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(part -> ConsulteeGroup.parse(part).orElseThrow())
                .toList();
        return new ConsultationEvent(
                Values.textOrNull(row, EVENT_ID),
                groups,
                DateText.parse(row.getAs(HELD_FROM)).orElseThrow(),
                DateText.parse(Values.textOrNull(row, HELD_TO)).orElse(null),
                ConsultationMethod.parse(row.getAs(METHOD)).orElseThrow(),
                Values.textOrNull(row, DESCRIPTION),
                Values.integerOrNull(row, PARTICIPANTS));
    }
}
