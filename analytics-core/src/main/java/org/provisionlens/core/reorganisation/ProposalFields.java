package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.provisionlens.core.provision.NeedCode;

/** One mapping of a proposal file, read key by key; each value that does not read is a problem, and reads as null. */
final class ProposalFields {

    private final ProposalProblems problems;
    private final String pointer;
    private final Map<?, ?> values;

    ProposalFields(ProposalProblems problems, String pointer, Map<?, ?> values, List<String> keys) {
        this.problems = problems;
        this.pointer = pointer;
        this.values = values;
        for (Object key : values.keySet()) {
            if (!keys.contains(key)) {
                problems.add(
                        pointer + ProposalProblems.step(key),
                        key,
                        "only the keys " + String.join(", ", keys) + " here (a key is spelled exactly)");
            }
        }
    }

    String pointer(String key) {
        return pointer + ProposalProblems.step(key);
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    /** The raw value, or null (a problem if required). */
    Object value(String key, boolean required, String expected) {
        Object value = values.get(key);
        if (value == null && required) {
            problems.add(pointer(key), null, expected);
        }
        return value;
    }

    String text(String key, boolean required) {
        String expected = "text of at most " + ProposalReader.MAX_TEXT + " characters";
        Object value = value(key, required, expected);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank() || text.length() > ProposalReader.MAX_TEXT) {
            problems.add(pointer(key), value, expected);
            return null;
        }
        return text.strip();
    }

    /** A whole number within [min, max]. */
    Integer integer(String key, boolean required, int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        BigDecimal number = decimal(key, required, expected);
        if (number == null) {
            return null;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(pointer(key), number, expected);
            return null;
        }
        return number.intValueExact();
    }

    /** A number at least {@code min} (above it when {@code above}), with the reason it is wanted. */
    BigDecimal decimal(String key, boolean required, BigDecimal min, boolean above, String what) {
        String expected = what + ", a number " + (above ? "above " : "of at least ") + min.toPlainString();
        BigDecimal number = decimal(key, required, expected);
        if (number == null) {
            return null;
        }
        int compared = number.compareTo(min);
        if (compared < 0 || above && compared == 0) {
            problems.add(pointer(key), number, expected);
            return null;
        }
        return number;
    }

    private BigDecimal decimal(String key, boolean required, String expected) {
        Object value = value(key, required, expected);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        problems.add(pointer(key), value, expected);
        return null;
    }

    LocalDate date(String key) {
        String expected = "a date as year-month-day, e.g. 2027-09-01";
        Object value = value(key, true, expected);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notADay) {
            // reported below
        }
        problems.add(pointer(key), value, expected);
        return null;
    }

    /** A list (a problem if it is something else); null when missing. */
    List<?> list(String key, boolean required, String expected) {
        Object value = value(key, required, expected);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(pointer(key), value, expected);
            return null;
        }
        return list;
    }

    /** One coded value, read with its enum's own parsing (case, spaces and hyphens do not matter). */
    <E> E coded(String key, boolean required, Function<String, Optional<E>> parse, String expected) {
        Object value = value(key, required, expected);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = value instanceof String text ? parse.apply(text) : Optional.empty();
        if (parsed.isEmpty()) {
            problems.add(pointer(key), value, expected);
        }
        return parsed.orElse(null);
    }

    /** A non-empty list of coded values (a code given twice counts once). */
    <E extends Enum<E>> Set<E> codes(
            String key, boolean required, Class<E> type, Function<String, Optional<E>> parse, String expected) {
        String listExpected = "a list of at least one of " + expected;
        List<?> list = list(key, required, listExpected);
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            problems.add(pointer(key), list, listExpected);
            return null;
        }
        Set<E> codes = EnumSet.noneOf(type);
        boolean allRead = true;
        for (int index = 0; index < list.size(); index++) {
            Object item = list.get(index);
            Optional<E> parsed = item instanceof String text ? parse.apply(text) : Optional.empty();
            if (parsed.isEmpty()) {
                problems.add(pointer(key) + "/" + index, item, expected);
                allRead = false;
            } else {
                codes.add(parsed.get()); // a repeat (ASD, asd; E, EHCP) is the same code, and harmless
            }
        }
        return allRead ? codes : null;
    }

    /** DfE need codes, as the service CSV names them: every code (NSA included) but the platform's UNKNOWN. */
    Set<NeedCode> needs(String key, boolean required) {
        return codes(
                key,
                required,
                NeedCode.class,
                text -> NeedCode.fromCode(text).filter(need -> need != NeedCode.UNKNOWN),
                "the need codes " + String.join(", ", needCodes()));
    }

    static List<String> needCodes() {
        List<String> codes = new ArrayList<>();
        for (NeedCode need : NeedCode.values()) {
            if (need != NeedCode.UNKNOWN) {
                codes.add(need.name());
            }
        }
        return codes;
    }

    void problemAt(String subPointer, Object value, String expected) {
        problems.add(pointer + subPointer, value, expected);
    }

    void problem(String key, Object value, String expected) {
        problems.add(key.isEmpty() ? pointer : pointer(key), value, expected);
    }
}
