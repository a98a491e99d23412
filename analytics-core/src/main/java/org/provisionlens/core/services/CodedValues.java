package org.provisionlens.core.services;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reading coded values as people type them: case, spaces, hyphens and underscores do not matter. */
public final class CodedValues {

    private CodedValues() {}

    /** The value with case, surrounding spaces and the separators space, hyphen and underscore taken out. */
    public static String normalise(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/&]+", "");
    }

    /** The constant whose name or one of whose synonyms matches the value, once normalised. */
    public static <E extends Enum<E>> Optional<E> parse(
            Class<E> type, String value, Function<E, java.util.List<String>> synonyms) {
        String wanted = normalise(value);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> normalise(constant.name()).equals(wanted)
                        || synonyms.apply(constant).stream()
                                .map(CodedValues::normalise)
                                .anyMatch(wanted::equals))
                .findFirst();
    }
}
