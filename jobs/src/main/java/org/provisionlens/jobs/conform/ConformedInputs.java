package org.provisionlens.jobs.conform;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.geography.LsoaCentroid;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.geography.AreaBoundary;

/**
 * The run's inputs in the canonical model, beyond what the sufficiency table uses: the merged service listings,
 * child-level demand records, published statistics in long form, comments as received, LA-level population and the
 * centroids of the run's LSOAs.
 *
 * @param childRecords the conformed child records (columns of table child_record), or {@code null} when none
 * @param communityWaits NHS community health waiting lists of the run's ICB and of England, every month the inputs
 *     give, and of the manifest's provider trusts (empty when the manifest names no waiting-list input)
 * @param healthGeography the sub-ICB locations of the run's lookup and the LA's place among them
 * @param consultation the consultation register's events (empty when the manifest names no register)
 */
public record ConformedInputs(
        List<ServiceMerger.Merged> services,
        Dataset<Row> childRecords,
        List<NamedStatistics> statistics,
        List<Comment> comments,
        List<AreaPopulation> laPopulation,
        List<LsoaCentroid> centroids,
        List<AreaBoundary> boundaries,
        List<CommunityWait> communityWaits,
        HealthGeography healthGeography,
        List<ConsultationEvent> consultation) {

    public ConformedInputs {
        services = List.copyOf(services);
        statistics = List.copyOf(statistics);
        comments = List.copyOf(comments);
        laPopulation = List.copyOf(laPopulation);
        centroids = List.copyOf(centroids);
        boundaries = List.copyOf(boundaries);
        communityWaits = List.copyOf(communityWaits);
        healthGeography = healthGeography == null ? HealthGeography.none() : healthGeography;
        consultation = List.copyOf(consultation);
    }

    /** One statistics input in long form (columns of table demand_statistic). */
    public record NamedStatistics(String inputName, Dataset<Row> rows) {}

    public long mergedServices() {
        return services.stream().filter(ServiceMerger.Merged::wasMerged).count();
    }
}
