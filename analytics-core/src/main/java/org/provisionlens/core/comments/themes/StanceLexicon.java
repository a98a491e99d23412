package org.provisionlens.core.comments.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * Words and phrases that carry praise or complaint, and the words that turn them round ({@code not helpful}) or
 * strengthen them ({@code really helpful}). The platform ships one ({@link #standard()}, from {@code
 * comments/stance-lexicon.txt}); it can be edited like the taxonomy.
 *
 * <p>The format: a section line {@code [positive]}, {@code [negative]}, {@code [negator]} or {@code [intensifier]},
 * then phrases, comma separated, each optionally with a weight ({@code lifeline=2}; default 1); {@code #} starts a
 * comment line. Phrases match as in the taxonomy (whole words, plural s ignored, {@code word*} as a prefix).
 *
 * <p>A clause's score is the sum of its phrases' weights (positive up, negative down). The longest phrase wins where
 * phrases overlap ({@code not been} before {@code not}). A negator turns round the next weighted phrase within {@value
 * #NEGATION_REACH} words (a negated complaint counts half: {@code no delay} is mild praise); a negator with nothing to
 * turn round counts as a complaint of weight 1, because a consultation comment that says something is not there is
 * reporting a gap ({@code no places}, {@code nobody replied}). An intensifier multiplies the next weighted phrase
 * within {@value #INTENSIFIER_REACH} words by {@value #INTENSITY}.
 */
public final class StanceLexicon {

    static final int NEGATION_REACH = 4;
    static final int INTENSIFIER_REACH = 2;
    static final double INTENSITY = 1.5;

    private enum Kind {
        WEIGHTED,
        NEGATOR,
        INTENSIFIER
    }

    private record Term(Kind kind, double weight) {}

    private final PhraseIndex<Term> index = new PhraseIndex<>();

    private StanceLexicon() {}

    public static StanceLexicon standard() {
        return ShippedFile.read("stance-lexicon.txt", StanceLexicon::load);
    }

    public static StanceLexicon load(Reader reader) throws IOException {
        StanceLexicon lexicon = new StanceLexicon();
        BufferedReader lines = new BufferedReader(reader);
        String section = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                section = s.substring(1, s.length() - 1).strip().toLowerCase(Locale.ROOT);
                if (!List.of("positive", "negative", "negator", "intensifier").contains(section)) {
                    throw new IllegalArgumentException("lexicon line " + number + ": unknown section " + s);
                }
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("lexicon line " + number + ": a phrase before any [section]");
            }
            for (String item : s.split(",")) {
                if (!item.isBlank()) {
                    lexicon.add(section, item.strip(), number);
                }
            }
        }
        return lexicon;
    }

    private void add(String section, String item, int line) {
        double weight = 1;
        String phrase = item;
        int eq = item.lastIndexOf('=');
        if (eq > 0) {
            phrase = item.substring(0, eq).strip();
            try {
                weight = Double.parseDouble(item.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("lexicon line " + line + ": bad weight in " + item, e);
            }
        }
        Term term = switch (section) {
            case "positive" -> new Term(Kind.WEIGHTED, weight);
            case "negative" -> new Term(Kind.WEIGHTED, -weight);
            case "negator" -> new Term(Kind.NEGATOR, 0);
            default -> new Term(Kind.INTENSIFIER, 0);
        };
        if (!index.add(phrase, term)) {
            throw new IllegalArgumentException("lexicon line " + line + ": no word in " + item);
        }
    }

    /** The stance score of one clause: above zero praise, below zero complaint. */
    double score(List<Token> tokens) {
        double score = 0;
        int negatorEnd = -1;
        int intensifierEnd = -1;
        for (PhraseIndex.Match<Term> m : index.findLongest(tokens)) {
            if (negatorEnd >= 0 && m.from() - negatorEnd >= NEGATION_REACH) {
                score -= 1; // a negator left standing: something is missing
                negatorEnd = -1;
            }
            Term term = m.value();
            switch (term.kind()) {
                case NEGATOR -> {
                    if (negatorEnd >= 0) {
                        score -= 1;
                    }
                    negatorEnd = m.to();
                }
                case INTENSIFIER -> intensifierEnd = m.to();
                case WEIGHTED -> {
                    double w = term.weight();
                    if (intensifierEnd >= 0 && m.from() - intensifierEnd < INTENSIFIER_REACH) {
                        w *= INTENSITY;
                    }
                    intensifierEnd = -1;
                    if (negatorEnd >= 0) {
                        w = w > 0 ? -w : -w / 2;
                        negatorEnd = -1;
                    }
                    score += w;
                }
            }
        }
        return negatorEnd >= 0 ? score - 1 : score;
    }
}
