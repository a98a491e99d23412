package org.provisionlens.jobs.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.provisionlens.core.audit.AuditResult;
import org.provisionlens.core.audit.ElementResult;
import org.provisionlens.core.audit.Evidence;
import org.provisionlens.core.audit.ListingCompleteness;
import org.provisionlens.core.audit.ListingField;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;

/**
 * The tables of the Schedule 2 audit: categories (score = share of elements met), each element with the listings that
 * show it, each listing's completeness against the Open Referral UK fields, unlisted settings, fixes. Parents before
 * children (category, element, evidence), in the run's publishing transaction.
 */
public final class AuditTables {

    private AuditTables() {}

    static void write(Connection connection, long runId, AuditResult audit) throws SQLException, IOException {
        write(TableSink.copyTo(connection), runId, audit);
    }

    /** The audit's tables, parents before children. */
    public static void write(TableSink sink, long runId, AuditResult audit) throws SQLException, IOException {
        CsvRows categories = new CsvRows();
        for (AuditResult.CategoryScore score : audit.categories()) {
            categories.add(
                    runId,
                    score.category().name(),
                    score.category().paragraph(),
                    score.category().label(),
                    score.services(),
                    score.complete(),
                    score.score(),
                    score.elements(),
                    score.met());
        }
        sink.rows(
                "audit_category (run_id, category, paragraph, label, services, complete, score, elements,"
                        + " elements_met)",
                categories);
        writeElements(sink, runId, audit.elements());
        CsvRows listings = new CsvRows();
        for (ListingCompleteness listing : audit.listings()) {
            listings.add(
                    runId,
                    listing.serviceId(),
                    listing.score(),
                    listing.missing().stream().map(ListingField::name).toList(),
                    listing.requiredMissing().size(),
                    listing.offlineRoute());
        }
        sink.rows("audit_listing (run_id, service_id, score, missing, required_missing, offline_route)", listings);
        CsvRows unlisted = new CsvRows();
        audit.unlistedOutOfArea().forEach((setting, children) -> unlisted.add(runId, setting, children));
        sink.rows("audit_unlisted_setting (run_id, setting, children)", unlisted);
        CsvRows fixes = new CsvRows();
        audit.fixes().forEach(fix -> fixes.add(runId, fix.priority(), fix.what(), fix.why()));
        sink.rows("audit_fix (run_id, priority, what, why)", fixes);
    }

    private static void writeElements(TableSink sink, long runId, List<ElementResult> elements)
            throws SQLException, IOException {
        CsvRows rows = new CsvRows();
        CsvRows evidence = new CsvRows();
        int position = 0;
        for (ElementResult result : elements) {
            String category = result.element().category().name();
            String code = result.element().code();
            rows.add(
                    runId,
                    category,
                    code,
                    ++position,
                    result.element().name(),
                    result.element().ruleText(),
                    result.met(),
                    result.considered(),
                    result.evidence().size(),
                    result.summary());
            for (Evidence e : result.evidence()) {
                evidence.add(runId, category, code, e.serviceId(), e.field(), e.phrase());
            }
        }
        sink.rows(
                "audit_element (run_id, category, element, position, name, rule, met, considered, showing, summary)",
                rows);
        sink.rows("audit_element_evidence (run_id, category, element, service_id, field, phrase)", evidence);
    }
}
