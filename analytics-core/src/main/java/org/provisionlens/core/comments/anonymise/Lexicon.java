package org.provisionlens.core.comments.anonymise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists, read once from the classpath: ONS first names, common surnames, common English words and the
 * allow-list of things that are not people. Lookups are by lower-cased word.
 */
final class Lexicon {

    private static final Lexicon INSTANCE = new Lexicon();

    /** Last words of a place or organisation name: "Oakfield Primary", "Rose Garden Centre". */
    private static final Set<String> FACILITY_WORDS = Set.of(
            "school",
            "academy",
            "primary",
            "nursery",
            "college",
            "centre",
            "center",
            "group",
            "club",
            "unit",
            "house",
            "hospital",
            "surgery",
            "clinic",
            "hub",
            "trust",
            "foundation",
            "infants",
            "juniors",
            "junior",
            "high",
            "grammar",
            "park",
            "garden",
            "gardens",
            "road",
            "street",
            "lane",
            "avenue",
            "campus",
            "service",
            "services",
            "team",
            "partnership",
            "library",
            "church",
            "chapel",
            "hall",
            "farm",
            "preschool",
            "pre-school",
            "playgroup",
            "forum",
            "federation",
            "sixth",
            "special",
            "resource",
            "base",
            "institute",
            "university",
            "society",
            "charity",
            "project",
            "network",
            "practice",
            "court",
            "way",
            "close",
            "drive");

    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> commonWords;
    private final Set<String> allowedWords;
    private final Pattern allowedPhrases;

    private Lexicon() {
        firstNames = lowerCased(read("first-names.txt"));
        for (String line : read("adult-first-names.txt")) {
            firstNames.addAll(lowerCased(List.of(line.split("\\s+"))));
        }
        surnames = lowerCased(read("surnames.txt"));
        commonWords = new HashSet<>();
        for (String line : read("common-words.txt")) {
            for (String word : line.split("\\s+")) {
                commonWords.add(word.toLowerCase(Locale.ROOT));
            }
        }
        List<String> allowed = read("allow-list.txt");
        allowedWords = lowerCased(allowed.stream().filter(a -> !a.contains(" ")).toList());
        allowedPhrases = Pattern.compile(
                allowed.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?<![\\p{L}\\d])(?:", ")(?![\\p{L}\\d])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    boolean isFirstName(String word) {
        return firstNames.contains(lower(word));
    }

    boolean isSurname(String word) {
        return surnames.contains(lower(word));
    }

    boolean isCommonWord(String word) {
        return commonWords.contains(lower(word));
    }

    boolean isAllowedWord(String word) {
        return allowedWords.contains(lower(word));
    }

    boolean isFacilityWord(String word) {
        return FACILITY_WORDS.contains(lower(word));
    }

    /** Allow-listed words and phrases, whole-word and ignoring case. */
    Pattern allowedPhrases() {
        return allowedPhrases;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCased(List<String> words) {
        Set<String> set = new HashSet<>(words.size() * 2);
        for (String word : words) {
            set.add(lower(word));
        }
        return set;
    }

    private static List<String> read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
