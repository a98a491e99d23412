package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;

/** The service, service_location and service_source tables of a run: the merged Local Offer listings. */
public final class ServiceTables {

    private ServiceTables() {}

    static void write(Connection connection, long runId, List<ServiceMerger.Merged> services)
            throws SQLException, IOException {
        write(TableSink.copyTo(connection), runId, services);
    }

    /** The three tables' rows of the run's merged services. */
    public static void write(TableSink sink, long runId, List<ServiceMerger.Merged> services)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        CsvRows locations = new CsvRows();
        CsvRows sources = new CsvRows();
        for (ServiceMerger.Merged merged : services) {
            Service s = merged.service();
            rows.add(
                    runId,
                    s.id(),
                    s.name(),
                    s.description(),
                    s.organisation(),
                    s.urn(),
                    name(s.domain()),
                    name(s.tier()),
                    s.needs().stream().map(Enum::name).sorted().toList(),
                    s.ages().from(),
                    s.ages().to(),
                    s.capacity(),
                    name(s.capacityUnit()),
                    s.currentUse(),
                    s.waitingList(),
                    s.waitingWeeks(),
                    s.costPerUnit(),
                    name(s.funder()),
                    s.inArea(),
                    s.eligibility(),
                    s.qualityRating(),
                    s.lastReviewed() == null ? null : s.lastReviewed().toString(),
                    s.email(),
                    s.phone(),
                    s.website(),
                    s.categories(),
                    merged.mergedIds().size());
            int position = 0;
            for (ServiceLocation location : s.locations()) {
                locations.add(
                        runId,
                        s.id(),
                        ++position,
                        location.name(),
                        location.address(),
                        location.postcode(),
                        location.latitude(),
                        location.longitude());
            }
            int sourcePosition = 0;
            for (SourceReference source : s.sources()) {
                sources.add(
                        runId,
                        s.id(),
                        ++sourcePosition,
                        source.inputName(),
                        source.format(),
                        source.file(),
                        source.location(),
                        source.sourceId());
            }
        }
        sink.rows(
                "service (run_id, service_id, name, description, organisation, urn, domain, tier, needs,"
                        + " min_age, max_age, capacity, capacity_unit, current_use, waiting_list, waiting_weeks, cost_per_unit,"
                        + " funder, in_area, eligibility, quality_rating, last_reviewed, email, phone, website, categories,"
                        + " merged_from)",
                rows);
        sink.rows(
                "service_location (run_id, service_id, position, name, address, postcode, latitude," + " longitude)",
                locations);
        sink.rows(
                "service_source (run_id, service_id, position, input_name, format, file, location, source_id)",
                sources);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
