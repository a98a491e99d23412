package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.apache.spark.sql.Column;

/**
 * Dates as people write them in the inputs: ISO ({@code 2025-03-31}) or British ({@code 31/03/2025}, or {@code 1/4/2025}).
 * The Spark expression (for checks and conforming) and the Java parser (for inputs read in the driver) accept exactly
 * the same texts; an impossible date such as 30/02/2025 is neither.
 */
public final class DateText {

    /** The formats, as messages and guides name them. */
    public static final String FORMATS = "yyyy-mm-dd or dd/mm/yyyy";

    private static final String ISO = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final String BRITISH = "^\\d{1,2}/\\d{1,2}/\\d{4}$";
    private static final DateTimeFormatter BRITISH_FORMAT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateText() {}

    /** The date in the text, or empty when the text is not a date in one of the {@link #FORMATS}. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            if (value.matches(ISO)) {
                return Optional.of(LocalDate.parse(value));
            }
            if (value.matches(BRITISH)) {
                return Optional.of(LocalDate.parse(value, BRITISH_FORMAT));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date in a text column, or null when it is not a date in one of the {@link #FORMATS}. */
    public static Column toDate(Column text) {
        Column value = trim(text);
        return when(value.rlike(ISO), try_to_date(value, "yyyy-MM-dd"))
                .when(value.rlike(BRITISH), try_to_date(value, "d/M/yyyy"));
    }
}
