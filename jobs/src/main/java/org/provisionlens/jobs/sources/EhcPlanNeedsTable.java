package org.provisionlens.jobs.sources;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * DfE "Education, health and care plans" statistics: EHC plans by primary need, with breakdowns including the type
 * of placement (format {@code dfe-ehc-plan-needs-csv}: {@code sen_needs_all_plans.csv} of the explore-education-
 * statistics release). Suppressed cells ({@code c}, {@code x}, {@code z}, {@code low}, {@code u}) stay suppressed.
 */
public final class EhcPlanNeedsTable {

    public static final String FORMAT = "dfe-ehc-plan-needs-csv";

    static final String TIME_PERIOD = "time_period";
    static final String GEOGRAPHIC_LEVEL = "geographic_level";
    static final String NEW_LA_CODE = "new_la_code";
    static final String OLD_LA_CODE = "old_la_code";
    static final String LA_NAME = "la_name";
    static final String BREAKDOWN_TOPIC = "breakdown_topic";
    static final String BREAKDOWN = "breakdown";
    static final String EHC_PLANS = "ehc_plans";

    static final String ALL_PLANS = "All EHC plans";
    static final String TYPE_OF_PLACEMENT = "Type of placement";
    static final String LOCAL_AUTHORITY = "Local authority";

    private EhcPlanNeedsTable() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<String> columns = new ArrayList<>(List.of(
                TIME_PERIOD,
                GEOGRAPHIC_LEVEL,
                NEW_LA_CODE,
                OLD_LA_CODE,
                LA_NAME,
                BREAKDOWN_TOPIC,
                BREAKDOWN,
                EHC_PLANS));
        List<FieldCheck> checks = new ArrayList<>(List.of(
                FieldCheck.required(TIME_PERIOD),
                FieldCheck.required(GEOGRAPHIC_LEVEL),
                FieldCheck.required(BREAKDOWN_TOPIC),
                FieldCheck.required(BREAKDOWN),
                FieldCheck.countOrSuppressed(EHC_PLANS)));
        for (NeedCode need : NeedCode.ehcPlanNeeds()) {
            columns.add(need.dfeCountColumn());
            checks.add(FieldCheck.countOrSuppressed(need.dfeCountColumn()));
        }
        return CsvInput.read(spark, spec, columns, checks);
    }

    /** The accepted rows about the LA (GSS code) and time period. */
    public static Dataset<Row> inArea(IngestedInput table, String laCode, String timePeriod) {
        return table.accepted()
                .filter(trim(col(GEOGRAPHIC_LEVEL)).equalTo(LOCAL_AUTHORITY))
                .filter(trim(col(NEW_LA_CODE)).equalTo(laCode))
                .filter(trim(col(TIME_PERIOD)).equalTo(timePeriod));
    }

    /** Adds up the LA's rows into plans by kind of specialist provision and need. */
    public static EhcPlanStatistics statistics(IngestedInput table, String laCode, String timePeriod) {
        List<Row> rows = inArea(table, laCode, timePeriod)
                .filter(col(BREAKDOWN_TOPIC).isin(ALL_PLANS, TYPE_OF_PLACEMENT))
                .collectAsList();
        Row all = rows.stream()
                .filter(row -> ALL_PLANS.equals(Values.textOrNull(row, BREAKDOWN_TOPIC)))
                .findFirst()
                .orElseThrow(() -> new InputException(table.spec().describe() + " has no '" + ALL_PLANS
                        + "' row for local authority " + laCode + " in time period " + timePeriod
                        + "; check the manifest's localAuthority and timePeriod"));

        Map<ProvisionKind, Integer> byKind = new EnumMap<>(ProvisionKind.class);
        Map<ProvisionKind, Map<NeedCode, Integer>> byKindAndNeed = new EnumMap<>(ProvisionKind.class);
        for (ProvisionKind kind : ProvisionKind.values()) {
            byKind.put(kind, 0);
            Map<NeedCode, Integer> needs = new EnumMap<>(NeedCode.class);
            for (NeedCode need : NeedCode.ehcPlanNeeds()) {
                needs.put(need, 0);
            }
            byKindAndNeed.put(kind, needs);
        }
        for (Row row : rows) {
            if (!TYPE_OF_PLACEMENT.equals(Values.textOrNull(row, BREAKDOWN_TOPIC))) {
                continue;
            }
            ProvisionKind.forDfePlacementType(Values.textOrNull(row, BREAKDOWN)).ifPresent(kind -> {
                // put, not compute: a suppressed (null) sum must stay in the map as "suppressed", not vanish as 0
                byKind.put(kind, add(byKind.get(kind), Values.integerOrNull(row, EHC_PLANS)));
                Map<NeedCode, Integer> needs = byKindAndNeed.get(kind);
                for (NeedCode need : NeedCode.ehcPlanNeeds()) {
                    needs.put(need, add(needs.get(need), Values.integerOrNull(row, need.dfeCountColumn())));
                }
            });
        }
        Map<ProvisionKind, Integer> plans = new HashMap<>(byKind);
        return new EhcPlanStatistics(
                laCode,
                Values.textOrNull(all, OLD_LA_CODE),
                Values.textOrNull(all, LA_NAME),
                timePeriod,
                Values.integerOrNull(all, EHC_PLANS),
                plans,
                byKindAndNeed);
    }

    /** A sum that becomes unknown (suppressed) as soon as one of its parts is. */
    private static Integer add(Integer sum, Integer part) {
        return sum == null || part == null ? null : sum + part;
    }
}
