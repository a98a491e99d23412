package org.provisionlens.jobs.sources;

import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.comments.CommentsInput;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.geography.AreaBoundaries;
import org.provisionlens.jobs.sources.geography.LsoaCentroids;
import org.provisionlens.jobs.sources.gias.GiasExtract;
import org.provisionlens.jobs.sources.oruk.OrukReaders;
import org.provisionlens.jobs.sources.statistics.EesTable;

/** The reader of each input format: one place that says which class reads what. */
public final class InputReaders {

    private InputReaders() {}

    /** Reads and checks one input; throws {@link InputException} when the whole input cannot be read. */
    public static CheckedInput read(SparkSession spark, InputSpec spec, ReadContext context) {
        InputFormat format = InputFormat.of(spec);
        return switch (format) {
            case TRAFFORD_SCHOOLS_CSV -> SchoolListing.ingest(spark, spec);
            case DFE_EHC_PLAN_NEEDS_CSV -> EhcPlanNeedsTable.ingest(spark, spec);
            case ONS_LSOA_POPULATION_CSV -> LsoaPopulationTable.ingest(spark, spec);
            case ORUK_JSON, ORUK_DATAPACKAGE, ORUK_API -> OrukReaders.read(spec);
            case SERVICE_CSV -> ServiceCsv.read(spark, spec);
            case GIAS_EXTRACT_CSV -> GiasExtract.ingest(spark, spec);
            case DFE_EES_CSV -> EesTable.ingest(spark, spec);
            case ONS_LA_POPULATION_CSV -> LaPopulationTable.ingest(spark, spec);
            case LSOA_CENTROIDS_CSV -> LsoaCentroids.ingest(spark, spec);
            case AREA_BOUNDARIES_GEOJSON -> AreaBoundaries.read(spec);
            case CHILD_RECORDS_CSV -> ChildRecordsTable.ingest(spark, spec, context.referenceYear());
            case COMMENTS_CSV, COMMENTS_JSON -> CommentsInput.read(spec);
            case NHS_COMMUNITY_WAITING_LIST_CSV -> CommunityWaitingListTable.ingest(spark, spec);
            case ONS_SUB_ICB_LOOKUP_CSV -> SubIcbLookupTable.read(spark, spec);
            case SERVICE_FUNDING_CSV -> ServiceFundingCsv.read(spark, spec);
            case CONSULTATION_REGISTER_CSV -> ConsultationRegisterCsv.read(spark, spec);
            default ->
                throw new InputException(spec.describe() + ": format " + format.code() + " (" + format.description()
                        + ") is not read by this version yet");
        };
    }
}
