package org.provisionlens.dashboards.auditlog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.dashboards.downloads.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' audit log ({@code /admin/audit-log}, role ADMIN): the events newest first, {@link #PAGE_SIZE} a page,
 * filtered by kind, user and days; the count of each kind per day as a chart and its table; and the filtered log as
 * CSV (its download recorded like any other).
 */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;
    /** The most rows one CSV holds (the newest). */
    static final int CSV_LIMIT = 100_000;

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit-log")
    String page(
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", defaultValue = "1") String page,
            Model model) {
        List<String> errors = new ArrayList<>();
        AuditLogFilter filter = filter(kind, user, from, to, errors);
        long total = log.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, Math.max(1, parsePage(page)));
        DailyCounts daily = DailyCounts.of(log.perDay(filter));
        String query = query(filter);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(AuditKind.values()));
        model.addAttribute("filter", filter);
        model.addAttribute("total", total);
        model.addAttribute("rows", log.rows(filter, (long) (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstShown", total == 0 ? 0 : (long) (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", Math.min(total, (long) current * PAGE_SIZE));
        model.addAttribute("pageQuery", query.isEmpty() ? "?page=" : "?" + query + "&page=");
        model.addAttribute("csvQuery", query.isEmpty() ? "" : "?" + query);
        model.addAttribute("daily", daily);
        model.addAttribute("chart", daily.isEmpty() ? null : daily.svg());
        model.addAttribute("chartTitle", DailyCounts.TITLE);
        return "auditlog/page";
    }

    @GetMapping("/admin/audit-log.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        AuditLogFilter filter = filter(kind, user, from, to, new ArrayList<>());
        StringBuilder csv = new StringBuilder(Csv.line(List.of(
                "event_id",
                "happened_at_uk",
                "kind",
                "username",
                "roles",
                "sign_in_method",
                "remote_address",
                "action",
                "subject",
                "la_code",
                "run_id")));
        for (AuditRow row : log.rows(filter, 0, CSV_LIMIT)) {
            csv.append(Csv.line(Arrays.asList(
                    row.eventId(),
                    row.happenedAt().toString(),
                    row.kind().name(),
                    row.username(),
                    row.roles(),
                    row.signInMethod(),
                    row.remoteAddress(),
                    row.action(),
                    row.subject(),
                    row.laCode(),
                    row.runId())));
        }
        return Csv.attachment("provision-lens-audit-log.csv", csv.toString());
    }

    /** The filter asked for; a kind or day that cannot be read is left out, and said so in {@code errors}. */
    static AuditLogFilter filter(String kind, String user, String from, String to, List<String> errors) {
        AuditKind kindAsked = null;
        if (kind != null && !kind.isBlank()) {
            try {
                kindAsked = AuditKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.add("There is no kind of event called that: showing every kind");
            }
        }
        return new AuditLogFilter(
                kindAsked,
                user,
                day(from, "The first day is not a date like 2026-12-03: left out", errors),
                day(to, "The last day is not a date like 2026-12-03: left out", errors));
    }

    private static LocalDate day(String text, String error, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(error);
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The filter as a query string ({@code kind=EXPORT&user=admin}), for the page links and the CSV. */
    private static String query(AuditLogFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.kind() != null) {
            parameters.put("kind", filter.kind().name());
        }
        if (filter.user() != null) {
            parameters.put("user", filter.user());
        }
        if (filter.from() != null) {
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to().toString());
        }
        List<String> parts = new ArrayList<>();
        parameters.forEach((name, value) -> parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }
}
