package org.provisionlens.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cleaning rules of optional fields shared by the readers of service listings. A faulty value never keeps its row
 * out: it is cleaned when what was meant is plain, else left empty, and the reason is given so that the reader records
 * a {@link FieldFinding}.
 *
 * <ul>
 *   <li>Email: a {@code mailto:} prefix and trailing full stops are removed ({@code info@mencap.org.uk.} is kept as
 *       {@code info@mencap.org.uk}); what is then not {@code name@domain.tld} (no "@", spaces, no dot after the "@") is
 *       left empty.
 *   <li>Web address: {@code http://} and {@code https://} addresses with a host name are kept as given; a host name
 *       without a scheme ({@code www.example.org/send}) is kept with {@code https://} in front; anything else
 *       (another scheme, spaces, no host name) is left empty.
 *   <li>Phone number (UK rules): spaces, brackets, hyphens and dots are removed, then a leading {@code +44} or
 *       {@code 0044}; what is left must be 10 or 11 digits ({@code +44 (0)161 912 1234} and {@code 0800 123 456}
 *       are numbers; {@code 999}, {@code ask at reception} and {@code +1 555 0100} are not). A number is kept as
 *       given; one that is not a number is left empty.
 *   <li>Any optional field over its {@link InputLimits} limit is left empty.
 * </ul>
 */
public final class OptionalFields {

    /** name@domain.tld: no spaces, one "@", a dot after it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** A host name of the web: labels of letters, digits and hyphens, and a top-level domain of letters. */
    private static final Pattern HOST =
            Pattern.compile("(?i)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}\\.?");

    private static final Pattern HTTP = Pattern.compile("(?i)^https?://([^/?#]*)(.*)$");

    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");

    private OptionalFields() {}

    /** An email address, {@code null} when none is given. */
    public static OptionalValue email(String given) {
        if (given == null || given.isBlank()) {
            return OptionalValue.fine(null);
        }
        String tooLong = InputLimits.tooLong("the email address", given, InputLimits.FIELD_CHARS);
        if (tooLong != null) {
            return OptionalValue.emptied(tooLong);
        }
        String email = given.trim();
        List<String> cleaned = new ArrayList<>();
        if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
            email = email.substring(7).trim();
            cleaned.add("the mailto: prefix was removed");
        }
        if (email.endsWith(".")) {
            email = email.replaceAll("\\.+$", "");
            cleaned.add("the full stop after the address was removed");
        }
        if (!EMAIL.matcher(email).matches()) {
            return OptionalValue.emptied("not an email address: expected one such as name@example.org");
        }
        return cleaned.isEmpty() ? OptionalValue.fine(email) : OptionalValue.cleaned(email, String.join("; ", cleaned));
    }

    /** A web address, {@code null} when none is given. */
    public static OptionalValue website(String given) {
        if (given == null || given.isBlank()) {
            return OptionalValue.fine(null);
        }
        String tooLong = InputLimits.tooLong("the web address", given, InputLimits.FIELD_CHARS);
        if (tooLong != null) {
            return OptionalValue.emptied(tooLong);
        }
        String address = given.trim();
        String notOne = "not a web address: expected one such as https://www.example.org";
        if (address.chars().anyMatch(Character::isWhitespace)) {
            return OptionalValue.emptied(notOne);
        }
        var http = HTTP.matcher(address);
        if (http.matches()) {
            return isHost(http.group(1)) ? OptionalValue.fine(address) : OptionalValue.emptied(notOne);
        }
        if (address.contains("://") || address.regionMatches(true, 0, "mailto:", 0, 7)) {
            return OptionalValue.emptied("not a web address: expected http:// or https://");
        }
        String host = address.split("[/?#]", 2)[0];
        if (isHost(host)) {
            return OptionalValue.cleaned("https://" + address, "no http:// or https://: https:// was added");
        }
        return OptionalValue.emptied(notOne);
    }

    private static boolean isHost(String authority) {
        String host = PORT.matcher(authority).replaceFirst("");
        return !host.contains("@") && HOST.matcher(host).matches();
    }

    /** A UK phone number, {@code null} when none is given; some exports quote it twice ({@code """0161 ..."""}). */
    public static OptionalValue phone(String given) {
        if (given == null || given.isBlank()) {
            return OptionalValue.fine(null);
        }
        String tooLong = InputLimits.tooLong("the phone number", given, InputLimits.FIELD_CHARS);
        if (tooLong != null) {
            return OptionalValue.emptied(tooLong);
        }
        String number = given.trim().replaceAll("^[\"']+|[\"']+$", "").trim();
        if (number.isEmpty()) {
            return OptionalValue.fine(null);
        }
        String digits = phoneDigits(number);
        if (!digits.matches("\\d{10,11}")) {
            return OptionalValue.emptied(
                    "not a UK phone number: expected 10 or 11 digits, such as 0161 912 1234 or +44 161 912 1234");
        }
        return OptionalValue.fine(number);
    }

    /** The number without spaces, brackets, hyphens and dots, and without a leading +44 or 0044. */
    static String phoneDigits(String number) {
        String digits = number.replaceAll("[\\s()\\[\\].-]", "");
        if (digits.startsWith("+44")) {
            return digits.substring(3);
        }
        if (digits.startsWith("0044")) {
            return digits.substring(4);
        }
        return digits;
    }

    /** Free text or a name of an optional field: left empty when over {@code limit} characters. */
    public static OptionalValue limited(String field, String given, int limit) {
        String tooLong = InputLimits.tooLong(field, given, limit);
        return tooLong == null ? OptionalValue.fine(given) : OptionalValue.emptied(tooLong);
    }

    /**
     * The field's value as a finding or a quarantine entry shows it: as {@link QuarantineEntry#shown} cuts it (a 5 MB
     * value is its first 100 characters and its length).
     */
    public static String shown(String given) {
        return QuarantineEntry.shown(given);
    }
}
