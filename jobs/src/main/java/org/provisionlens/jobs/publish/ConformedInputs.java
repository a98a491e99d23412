package org.provisionlens.jobs.publish;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.services.ServiceMerger;

/**
 * The run's inputs in the canonical model, beyond what the sufficiency table uses: the merged service listings,
 * child-level demand records, published statistics in long form, and comments as received.
 *
 * @param childRecords the conformed child records (columns of table child_record), or {@code null} when none
 */
public record ConformedInputs(
        List<ServiceMerger.Merged> services,
        Dataset<Row> childRecords,
        List<NamedStatistics> statistics,
        List<Comment> comments) {

    public ConformedInputs {
        services = List.copyOf(services);
        statistics = List.copyOf(statistics);
        comments = List.copyOf(comments);
    }

    /** One statistics input in long form (columns of table demand_statistic). */
    public record NamedStatistics(String inputName, Dataset<Row> rows) {}

    public long mergedServices() {
        return services.stream().filter(ServiceMerger.Merged::wasMerged).count();
    }
}
