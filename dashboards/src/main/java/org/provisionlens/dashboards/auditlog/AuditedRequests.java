package org.provisionlens.dashboards.auditlog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every download and every view of raw data ({@link AuditedPaths}) that was served (a 2xx answer): who, from
 * where, the address asked for, and the LA and run it came from (the page's {@code la}, or the LA every page shows
 * when none is asked for; a run's page: its run). One filter instead of a line in every controller, so a new download
 * is recorded without anyone remembering to. It stands before the page cache ({@code PageCache}), so a page served
 * from the cache is recorded too, and after Spring Security's filters, so the user is known and a refused request
 * never reaches it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class AuditedRequests extends OncePerRequestFilter {

    private static final Pattern LA_CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

    private final AuditLog log;
    private final PublishedRuns runs;
    private final JdbcTemplate jdbc;

    AuditedRequests(AuditLog log, PublishedRuns runs, JdbcTemplate jdbc) {
        this.log = log;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || AuditedPaths.kind(request.getRequestURI()).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RecordingResponse recording = new RecordingResponse(response, () -> record(request));
        chain.doFilter(request, recording);
        recording.served();
    }

    /**
     * Records the request when the body of a 2xx answer starts (before its first byte leaves, so the event is in the
     * log by the time the answer has arrived), or when the request ends with a 2xx answer and no body.
     */
    private static final class RecordingResponse extends HttpServletResponseWrapper {

        private final Runnable record;
        private boolean recorded;

        RecordingResponse(HttpServletResponse response, Runnable record) {
            super(response);
            this.record = record;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            served();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            served();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            served();
            super.flushBuffer();
        }

        void served() {
            int status = getStatus();
            if (!recorded && status >= 200 && status < 300) {
                recorded = true;
                record.run();
            }
        }
    }

    private void record(HttpServletRequest request) {
        String path = request.getRequestURI();
        AuditKind kind = AuditedPaths.kind(path).orElseThrow();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = user != null && !new AuthenticationTrustResolverImpl().isAnonymous(user);
        String laCode = null;
        Long runId = null;
        Optional<Long> runPage = AuditedPaths.runOfRunPage(path);
        if (runPage.isPresent()) {
            runId = runPage.get();
            List<String> la = jdbc.queryForList("SELECT la_code FROM review_run WHERE run_id = ?", String.class, runId);
            laCode = la.isEmpty() ? null : la.get(0);
        } else if (!path.startsWith("/admin/")) {
            Optional<PublishedRun> run = shown(request.getParameter("la"));
            if (run.isPresent()) {
                laCode = run.get().laCode();
                runId = run.get().runId();
            }
        }
        String query = request.getQueryString();
        log.record(new AuditEvent(
                kind,
                signedIn ? user.getName() : null,
                kind == AuditKind.EXPORT ? "downloaded" : "viewed raw data",
                query == null ? path : path + "?" + query,
                signedIn ? AuthenticationAudit.roles(user) : null,
                null,
                request.getRemoteAddr(),
                laCode,
                runId));
    }

    /** The published run the page showed: the LA asked for, or the first by name (as every page chooses). */
    private Optional<PublishedRun> shown(String la) {
        if (la != null && !LA_CODE.matcher(la.trim()).matches()) {
            return Optional.empty();
        }
        return runs.published(la);
    }
}
