package org.provisionlens.dashboards.auditlog;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses are audited when they are served. Downloads ({@code EXPORT}): every {@code .csv}, {@code .xlsx}
 * and {@code .pdf} (the board pack, the evidence packs, "You said, we did" and its easy-read version, this log's own
 * CSV), and the printable packs as pages (a proposal's evidence pack, the easy-read report). Views of raw data
 * ({@code RAW_DATA_VIEW}): a run's page (its quarantined rows show input values: child-level records, raw comments)
 * and every page that shows comments' own words (by service, held for review, with the responses, children's and
 * young people's voices). A held comment's original is recorded where it is read ({@code HeldCommentsRepository},
 * in the same statement), so not again here.
 */
final class AuditedPaths {

    private static final Pattern RUN_PAGE = Pattern.compile("/runs/(\\d{1,18})");
    private static final Pattern EVIDENCE_PACK = Pattern.compile("/proposals/[^/]+/evidence");
    private static final Set<String> DOWNLOAD_PAGES = Set.of("/you-said-we-did/easy-read");
    private static final Set<String> RAW_DATA_PAGES =
            Set.of("/comments", "/comments/held", "/comments/responses", "/comments/voices");

    private AuditedPaths() {}

    /** The kind of event serving {@code path} makes, if it is audited. */
    static Optional<AuditKind> kind(String path) {
        if (path.endsWith(".csv")
                || path.endsWith(".xlsx")
                || path.endsWith(".pdf")
                || DOWNLOAD_PAGES.contains(path)
                || EVIDENCE_PACK.matcher(path).matches()) {
            return Optional.of(AuditKind.EXPORT);
        }
        if (RAW_DATA_PAGES.contains(path) || RUN_PAGE.matcher(path).matches()) {
            return Optional.of(AuditKind.RAW_DATA_VIEW);
        }
        return Optional.empty();
    }

    /** The run a run's page shows ({@code /runs/12}), if the path is one. */
    static Optional<Long> runOfRunPage(String path) {
        var matcher = RUN_PAGE.matcher(path);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
