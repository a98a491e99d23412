package org.provisionlens.dashboards;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write dates, counts and durations (in UK English, UK time). */
public final class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Formats() {}

    public static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    public static String oneDecimal(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(UK));
    }

    public static String date(OffsetDateTime time) {
        return time == null ? "" : DATE.format(time.atZoneSameInstant(UK));
    }

    /** "1 h 2 min", "3 min 5 s", "12 s". */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds + " s";
    }
}
