package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.services.Funder;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Who funds each service (format {@code service-funding-csv}): one row per service and funder, with the funder's
 * share of the cost and its yearly amount where known. Empty and NA cells are unknown, never zero. This reader checks
 * each row on its own; which service a row means, one funder per service and shares adding up to at most 100% are
 * checked against the run's service listings ({@link FundingMatch}).
 */
public final class ServiceFundingCsv {

    public static final String FORMAT = "service-funding-csv";

    static final String SERVICE_ID = "service_id";
    static final String FUNDER = "funder";
    static final String FUNDER_NAME = "funder_name";
    static final String SHARE = "share_percent";
    static final String AMOUNT = "annual_amount";
    static final String ARRANGEMENT = "arrangement";

    public static final List<String> COLUMNS = List.of(SERVICE_ID, FUNDER, FUNDER_NAME, SHARE, AMOUNT, ARRANGEMENT);

    private ServiceFundingCsv() {}

    /** Reads and checks the file with Spark; the accepted rows become funding shares in file order. */
    public static ReadResult<FundingShare> read(SparkSession spark, InputSpec spec) {
        IngestedInput input = CsvInput.read(spark, spec, COLUMNS, checks());
        List<FundingShare> shares = new ArrayList<>();
        for (Row row : input.accepted().orderBy(col(CsvInput.LINE)).collectAsList()) {
            shares.add(new FundingShare(
                    Values.textOrNull(row, SERVICE_ID),
                    Funder.parse(row.getAs(FUNDER)).orElseThrow(),
                    Values.textOrNull(row, FUNDER_NAME),
                    percent(Values.textOrNull(row, SHARE)),
                    ServiceRows.amount(Values.textOrNull(row, AMOUNT)),
                    Values.textOrNull(row, ARRANGEMENT),
                    row.<Long>getAs(CsvInput.LINE)));
        }
        List<QuarantineEntry> quarantine = input.quarantineEntries();
        return new ReadResult<>(spec, input.sha256(), shares, quarantine, input.rowsRead(), input.rowsQuarantined());
    }

    static List<FieldCheck> checks() {
        Column share = functions.regexp_replace(functions.trim(col(SHARE)), "%$", "");
        return List.of(
                FieldCheck.required(SERVICE_ID),
                FieldCheck.atMost(SERVICE_ID, InputLimits.FIELD_CHARS),
                FieldCheck.atMost(FUNDER_NAME, InputLimits.NAME_CHARS),
                FieldCheck.required(FUNDER),
                FieldCheck.coded(FUNDER, Funder::parse, "expected a funder: LA, ICB (or CCG), joint, school or other"),
                new FieldCheck(
                        SHARE,
                        FieldCheck.missing(SHARE)
                                .unary_$bang()
                                .and(share.rlike("^\\d{1,3}(\\.\\d{1,2})?$")
                                        .unary_$bang()
                                        .or(share.cast(DataTypes.DoubleType).leq(0))
                                        .or(share.cast(DataTypes.DoubleType).gt(100))),
                        "expected a share of the cost in per cent, more than 0 and at most 100 with up to 2 decimals"
                                + " (e.g. 60, 33.33 or 50%), or NA for not known"),
                ServiceCsv.pounds(AMOUNT));
    }

    /** "50%", "33.33" as a number of per cent, or null. */
    static BigDecimal percent(String text) {
        return text == null ? null : new BigDecimal(text.replace("%", "").trim());
    }
}
