package org.provisionlens.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/**
 * The table of Schedule 2 elements, read from {@code schedule2-elements.csv} beside this class: one row per element,
 * with its category, code, plain-English name, and rule (which listings, of which domains and tiers, in or outside the
 * area, naming their needs or not, must say which phrases or fill which field). A council reads and changes the rules
 * there, not in code.
 */
public final class Schedule2Elements {

    static final String RESOURCE = "schedule2-elements.csv";

    private static final List<Schedule2Element> ALL = read();

    private Schedule2Elements() {}

    /** Every element, in the table's order (by category, then as the regulations list them). */
    public static List<Schedule2Element> all() {
        return ALL;
    }

    public static List<Schedule2Element> of(Schedule2Category category) {
        return ALL.stream().filter(e -> e.category() == category).toList();
    }

    private static List<Schedule2Element> read() {
        try (InputStream in = Schedule2Elements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<Schedule2Element> elements = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                elements.add(new Schedule2Element(
                        Schedule2Category.valueOf(row.get("category")),
                        row.get("element"),
                        row.get("name"),
                        Schedule2Element.Listings.valueOf(row.get("listings").toUpperCase(Locale.ROOT)),
                        codes(row.get("domains"), Domain.class, Domain::valueOf),
                        codes(row.get("tiers"), Tier.class, Tier::valueOf),
                        yesNo(row.get("in_area")),
                        Boolean.TRUE.equals(yesNo(row.get("needs_listed"))),
                        Schedule2Element.Field.valueOf(row.get("field").toUpperCase(Locale.ROOT)),
                        list(row.get("phrases"))));
            }
            return List.copyOf(elements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> Set<E> codes(String text, Class<E> type, Function<String, E> parse) {
        Set<E> codes = EnumSet.noneOf(type);
        list(text).forEach(code -> codes.add(parse.apply(code)));
        return codes;
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Boolean yesNo(String text) {
        return switch (text.trim()) {
            case "" -> null;
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("in_area and needs_listed are yes, no or empty: " + text);
        };
    }
}
