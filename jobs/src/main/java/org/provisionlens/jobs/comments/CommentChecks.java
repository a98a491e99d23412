package org.provisionlens.jobs.comments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.comments.RespondentType;
import org.provisionlens.jobs.ingest.DateText;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.InputLimits;
import org.provisionlens.jobs.ingest.QuarantineEntry;

/**
 * The checks of one comment, whatever its format: the fields by their column names, and where the record is. A comment's
 * text never leaves this class but inside the accepted comment: a quarantine row gives it as "(withheld: N characters)".
 */
final class CommentChecks {

    static final String ID = "id";
    static final String DATE = "date";
    static final String RESPONDENT_TYPE = "respondent_type";
    static final String CHANNEL = "channel";
    static final String TEXT = "text";
    static final String SERVICE_REFERENCE = "service_reference";
    static final String AREA = "area";

    static final List<String> COLUMNS = List.of(ID, DATE, RESPONDENT_TYPE, CHANNEL, TEXT, SERVICE_REFERENCE, AREA);
    static final List<String> REQUIRED = List.of(ID, RESPONDENT_TYPE, TEXT);
    static final int LONGEST_TEXT = 10_000;

    /** Where a record is: makes its quarantine entries and names it in reasons ("on line 3", "at /3"). */
    interface Place {
        QuarantineEntry entry(String field, String value, String reason);

        String describe();
    }

    private final Map<String, String> firstPlaceOfId = new HashMap<>();

    /** A column or key name as the contract spells it: {@code respondentType} and {@code Respondent type} read too. */
    static String canonical(String name) {
        return name.trim()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
    }

    /** What a quarantine row shows instead of a comment's text. */
    static String withheld(String text) {
        return text == null ? null : "(withheld: " + text.codePointCount(0, text.length()) + " characters)";
    }

    /**
     * Checks a record's values (by column name; absent = null) and adds its problems to {@code problems}, where the
     * caller may have put some already (a field with a problem is not checked again).
     *
     * @return the comment, when the record has no problem
     */
    Optional<Comment> check(Map<String, String> values, Place place, List<QuarantineEntry> problems) {
        Set<String> reported = problems.stream().map(QuarantineEntry::field).collect(Collectors.toSet());
        int before = problems.size();
        String id = known(values.get(ID));
        if (id == null && !reported.contains(ID)) {
            problems.add(place.entry(ID, values.get(ID), "a value is required"));
        } else if (id != null && id.length() > InputLimits.FIELD_CHARS) {
            problems.add(place.entry(ID, id, InputLimits.tooLong(ID, id, InputLimits.FIELD_CHARS)));
        } else if (id != null) {
            String first = firstPlaceOfId.putIfAbsent(id, place.describe());
            if (first != null) {
                problems.add(place.entry(ID, id, "duplicate id (first " + first + ")"));
            }
        }
        String dateText = known(values.get(DATE));
        Optional<LocalDate> date = DateText.parse(dateText);
        if (dateText != null && date.isEmpty()) {
            problems.add(place.entry(
                    DATE, values.get(DATE), "expected a date as " + DateText.FORMATS + ", or NA for not known"));
        }
        String typeText = known(values.get(RESPONDENT_TYPE));
        Optional<RespondentType> type = RespondentType.parse(typeText);
        if (typeText == null && !reported.contains(RESPONDENT_TYPE)) {
            problems.add(place.entry(RESPONDENT_TYPE, values.get(RESPONDENT_TYPE), "a value is required"));
        } else if (typeText != null && type.isEmpty()) {
            problems.add(place.entry(
                    RESPONDENT_TYPE,
                    values.get(RESPONDENT_TYPE),
                    "expected a respondent type: child, young person, parent/carer, professional or other"));
        }
        String text = known(values.get(TEXT));
        if (text == null && !reported.contains(TEXT)) {
            problems.add(place.entry(TEXT, withheld(values.get(TEXT)), "a comment text is required"));
        } else if (text != null && text.codePointCount(0, text.length()) > LONGEST_TEXT) {
            problems.add(
                    place.entry(TEXT, withheld(text), "expected a text of at most " + LONGEST_TEXT + " characters"));
        }
        for (String field : List.of(DATE, RESPONDENT_TYPE, CHANNEL, SERVICE_REFERENCE, AREA)) {
            String value = values.get(field);
            if (value != null && value.length() > InputLimits.FIELD_CHARS) {
                problems.add(place.entry(field, value, InputLimits.tooLong(field, value, InputLimits.FIELD_CHARS)));
            }
        }
        if (problems.size() > before || !reported.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Comment(
                id,
                date.orElse(null),
                type.orElseThrow(),
                known(values.get(CHANNEL)),
                text,
                known(values.get(SERVICE_REFERENCE)),
                known(values.get(AREA))));
    }

    /** The value without surrounding spaces, or null when it is missing (empty, NA, N/A, null). */
    private static String known(String value) {
        if (value == null || FieldCheck.MISSING.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return value.strip();
    }
}
