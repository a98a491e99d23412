package org.provisionlens.jobs.ingest;

import java.util.Locale;
import org.apache.spark.sql.Row;

/** Typed values of accepted rows: the checks have run, so a value is a number, missing, or suppressed. */
public final class Values {

    private Values() {}

    /** The whole number in the field, or {@code null} when it is missing or suppressed (never zero). */
    public static Integer integerOrNull(Row row, String field) {
        String text = row.getAs(field);
        if (text == null) {
            return null;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (FieldCheck.MISSING.contains(value) || FieldCheck.SUPPRESSED.contains(value)) {
            return null;
        }
        return Integer.valueOf(value);
    }

    public static Double decimalOrNull(Row row, String field) {
        String text = row.getAs(field);
        if (text == null || FieldCheck.MISSING.contains(text.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Double.valueOf(text.trim());
    }

    /** The trimmed text, or {@code null} when it is missing. */
    public static String textOrNull(Row row, String field) {
        String text = row.getAs(field);
        if (text == null || FieldCheck.MISSING.contains(text.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return text.trim();
    }
}
