package org.provisionlens.dashboards.comments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the response form posts for one theme; the due date comes as GOV.UK's day, month and year fields. */
record ResponseForm(
        String theme,
        String response,
        String action,
        String owner,
        String dueDay,
        String dueMonth,
        String dueYear,
        String status) {

    /** The problems, by field id, in the order the form shows them; empty when the form is fine. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        // a theme code, as the schema requires of comment_response.theme (a council may add themes of its own)
        if (theme == null || !theme.matches("[a-z][a-z0-9_]*")) {
            errors.put("theme", "Choose a theme");
        }
        if (response == null || response.isBlank()) {
            errors.put("response", "Enter a response");
        }
        if (!dueDateBlank()) {
            try {
                dueDate();
            } catch (IllegalArgumentException e) {
                errors.put("dueDay", "Due date must be a real date, for example 31 3 2026");
            }
        }
        if (status == null || Status.all().stream().noneMatch(s -> s.code().equals(status))) {
            errors.put("status", "Choose a status");
        }
        return errors;
    }

    private boolean dueDateBlank() {
        return blank(dueDay) && blank(dueMonth) && blank(dueYear);
    }

    /** The due date, or null when none is given; refuses a date that does not exist. */
    LocalDate dueDate() {
        if (dueDateBlank()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(dueYear.trim()),
                    Integer.parseInt(dueMonth.trim()),
                    Integer.parseInt(dueDay.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            throw new IllegalArgumentException("not a date", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
