package org.provisionlens.core.comments.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The themes comments are sorted into, each with the cue phrases and patterns that signal it. The platform ships one
 * ({@link #standard()}, from {@code comments/themes.txt}); a commissioner edits a copy and loads it with {@link
 * #load(Reader)}, or adds to the standard one with {@link #extendedWith(Reader)}.
 *
 * <p>The format, one item a line; {@code #} starts a comment line; indentation is free:
 *
 * <pre>
 * theme waiting_times Waiting times      starts a theme: code, then label; a code seen before adds to that theme
 * waiting list, waited, delay*           cue phrases, comma separated: whole words, any case, plural s ignored;
 *                                        a word ending in * matches every word starting so
 * /\bfor \d+ (weeks|months)\b/           a Java regular expression (whole line), case-insensitive, on the clause
 * -delay*                                removes a cue the theme had (to quieten a noisy one in an extension)
 * </pre>
 */
public final class ThemeTaxonomy {

    /** A theme with its cues. */
    private record Entry(Theme theme, List<String> phrases, List<Pattern> patterns) {}

    private final List<Entry> entries;
    private final PhraseIndex<Theme> index = new PhraseIndex<>();

    private ThemeTaxonomy(List<Entry> entries) {
        this.entries = entries.stream()
                .map(e -> new Entry(e.theme(), List.copyOf(e.phrases()), List.copyOf(e.patterns())))
                .toList();
        for (Entry e : this.entries) {
            for (String phrase : e.phrases()) {
                index.add(phrase, e.theme());
            }
        }
    }

    /** The taxonomy that ships with the platform. */
    public static ThemeTaxonomy standard() {
        return ShippedFile.read("themes.txt", ThemeTaxonomy::load);
    }

    /** Reads a whole taxonomy. */
    public static ThemeTaxonomy load(Reader reader) throws IOException {
        return new ThemeTaxonomy(parse(reader, new LinkedHashMap<>()));
    }

    /** This taxonomy plus the themes and cues in {@code reader} (new codes are new themes, known codes gain cues). */
    public ThemeTaxonomy extendedWith(Reader reader) throws IOException {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        for (Entry e : entries) {
            byCode.put(
                    e.theme().code(),
                    new Entry(e.theme(), new ArrayList<>(e.phrases()), new ArrayList<>(e.patterns())));
        }
        return new ThemeTaxonomy(parse(reader, byCode));
    }

    /** This taxonomy plus the themes and cues in {@code text}. */
    public ThemeTaxonomy extendedWith(String text) {
        try {
            return extendedWith(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Theme> themes() {
        return entries.stream().map(Entry::theme).toList();
    }

    public Optional<Theme> theme(String code) {
        return entries.stream()
                .map(Entry::theme)
                .filter(t -> t.code().equals(code))
                .findFirst();
    }

    /** The cue phrases of a theme, as written. */
    public List<String> phrases(Theme theme) {
        return entry(theme).phrases();
    }

    /** The cue patterns of a theme. */
    public List<String> patterns(Theme theme) {
        return entry(theme).patterns().stream().map(Pattern::pattern).toList();
    }

    PhraseIndex<Theme> index() {
        return index;
    }

    /** Calls {@code hit} with the theme and start offset of every pattern match in {@code text}. */
    void patternHits(String text, PatternHit hit) {
        for (Entry e : entries) {
            for (Pattern p : e.patterns()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    hit.at(e.theme(), m.start());
                }
            }
        }
    }

    /** Receives pattern matches. */
    @FunctionalInterface
    interface PatternHit {
        void at(Theme theme, int offset);
    }

    private Entry entry(Theme theme) {
        return entries.stream()
                .filter(e -> e.theme().equals(theme))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no theme " + theme.code() + " in this taxonomy"));
    }

    private static List<Entry> parse(Reader reader, Map<String, Entry> byCode) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        Entry current = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("theme ")) {
                String[] parts = s.substring(6).strip().split("\\s+", 2);
                if (parts.length < 2) {
                    throw new IllegalArgumentException("themes line " + number + ": theme needs a code and a label");
                }
                Theme theme = new Theme(parts[0], parts[1]);
                Entry known = byCode.get(theme.code());
                current = known == null
                        ? new Entry(theme, new ArrayList<>(), new ArrayList<>())
                        : new Entry(theme, known.phrases(), known.patterns());
                byCode.put(theme.code(), current);
            } else if (current == null) {
                throw new IllegalArgumentException("themes line " + number + ": a cue before any theme line");
            } else if (s.length() > 1 && s.startsWith("/") && s.endsWith("/")) {
                current.patterns().add(pattern(s.substring(1, s.length() - 1), number));
            } else if (s.startsWith("-")) {
                String cue = s.substring(1).strip();
                current.phrases().remove(cue);
                current.patterns().removeIf(p -> ("/" + p.pattern() + "/").equals(cue));
            } else {
                for (String phrase : s.split(",")) {
                    String p = phrase.strip();
                    if (!p.isEmpty() && !current.phrases().contains(p)) {
                        if (Words.tokens(p.replace("*", "")).isEmpty()) {
                            throw new IllegalArgumentException("themes line " + number + ": no word in cue " + p);
                        }
                        current.phrases().add(p);
                    }
                }
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static Pattern pattern(String regex, int line) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("themes line " + line + ": bad pattern: " + e.getDescription(), e);
        }
    }
}
