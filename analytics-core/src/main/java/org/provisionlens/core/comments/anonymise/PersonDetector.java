package org.provisionlens.core.comments.anonymise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people. A capitalised word is a name when a person cue comes before it ({@link PersonCues}), or when it
 * is in the ONS first-name gazetteer and is neither a common English word nor allow-listed. Allow-listed phrases,
 * names of places and organisations ("Rose Garden Centre", "St Mary's") and words before "syndrome" are never
 * people. A name runs on over the surnames and unknown capitalised words that follow it. Names after a child cue are
 * children; a bare name is a child when what surrounds it speaks of a child.
 */
final class PersonDetector {

    /** One word of the text, without a trailing possessive. */
    record Word(int start, int end, String value) {}

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’|-)$");
    private static final Pattern SAINT = Pattern.compile("^(?:St|Saint)$");
    private static final Pattern CONDITION_AFTER = Pattern.compile("^\\s+(?i:syndrome|disease|palsy|'s syndrome)\\b");

    private final Lexicon lexicon = Lexicon.get();

    void detect(String text, List<Span> spans, Set<UncertaintyReason> doubts) {
        List<Word> words = words(text);
        BitSet hard = new BitSet(text.length());
        BitSet soft = new BitSet(text.length());
        protect(text, words, hard, soft);
        BitSet taken = new BitSet(text.length());
        boolean mentionsChild = PersonCues.CHILD_MENTION.matcher(text).find();
        for (PersonCues.Cue cue : PersonCues.CUES) {
            Matcher matcher = cue.pattern().matcher(text);
            while (matcher.find()) {
                int index = wordAt(words, matcher.end());
                if (index < 0 || taken.get(words.get(index).start())) {
                    continue;
                }
                Word word = words.get(index);
                if (acceptsAfterCue(word, cue.strong(), hard, soft)) {
                    boolean known = lexicon.isFirstName(word.value()) || lexicon.isSurname(word.value());
                    if (!known) {
                        doubts.add(UncertaintyReason.UNKNOWN_NAME_AFTER_CUE);
                    }
                    EntityType type = cue.strong() ? cue.type() : null;
                    add(text, words, index, type, mentionsChild, hard, taken, spans);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (!taken.get(word.start()) && isBareName(words, i, hard, soft)) {
                add(text, words, i, null, mentionsChild, hard, taken, spans);
            }
        }
    }

    private boolean acceptsAfterCue(Word word, boolean strong, BitSet hard, BitSet soft) {
        if (!isCapitalised(word.value()) || hard.get(word.start())) {
            return false;
        }
        boolean firstName = lexicon.isFirstName(word.value());
        boolean surname = lexicon.isSurname(word.value());
        if (soft.get(word.start()) && !(strong && firstName)) {
            return false;
        }
        if (!strong) {
            return firstName || surname;
        }
        return firstName || surname || (!lexicon.isCommonWord(word.value()) && !lexicon.isAllowedWord(word.value()));
    }

    private boolean isBareName(List<Word> words, int i, BitSet hard, BitSet soft) {
        Word word = words.get(i);
        String value = word.value();
        if (!isCapitalised(value)
                || hard.get(word.start())
                || soft.get(word.start())
                || !lexicon.isFirstName(value)
                || lexicon.isAllowedWord(value)) {
            return false;
        }
        if (!lexicon.isCommonWord(value)) {
            return true;
        }
        // "Grace Smith": a first name that is also a word is a name when a surname follows it.
        return i + 1 < words.size()
                && words.get(i + 1).start() - word.end() == 1
                && isCapitalised(words.get(i + 1).value())
                && lexicon.isSurname(words.get(i + 1).value())
                && !lexicon.isCommonWord(words.get(i + 1).value());
    }

    private void add(
            String text,
            List<Word> words,
            int index,
            EntityType cueType,
            boolean mentionsChild,
            BitSet hard,
            BitSet taken,
            List<Span> spans) {
        Word first = words.get(index);
        int end = first.end();
        for (int next = index + 1; next < words.size() && next <= index + 2; next++) {
            Word word = words.get(next);
            String gap = text.substring(end, word.start());
            if (!(gap.equals(" ") || gap.equals("-")) || !continuesName(words, next, hard)) {
                break;
            }
            end = word.end();
        }
        EntityType type = cueType != null ? cueType : classify(text, first.start(), end, mentionsChild);
        taken.set(first.start(), end);
        spans.add(new Span(type, first.start(), end, Span.normalise(first.value())));
    }

    private boolean continuesName(List<Word> words, int i, BitSet hard) {
        Word word = words.get(i);
        String value = word.value();
        if (!isCapitalised(value) || hard.get(word.start()) || lexicon.isAllowedWord(value)) {
            return false;
        }
        if (i + 1 < words.size() && lexicon.isFacilityWord(words.get(i + 1).value())) {
            return false;
        }
        return lexicon.isSurname(value) || !lexicon.isCommonWord(value) && !lexicon.isFacilityWord(value);
    }

    private static EntityType classify(String text, int start, int end, boolean mentionsChild) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (PersonCues.PROFESSIONAL_BEFORE.matcher(before).find()
                || PersonCues.PROFESSIONAL_AFTER.matcher(after).find()) {
            return EntityType.NAME;
        }
        if (PersonCues.CHILD_AFTER.matcher(after).find()
                || PersonCues.CHILD_BEFORE.matcher(before).find()) {
            return EntityType.CHILD;
        }
        return mentionsChild ? EntityType.CHILD : EntityType.NAME;
    }

    /** Marks what can never be a person (hard) and allow-listed single words a strong cue may overrule (soft). */
    private void protect(String text, List<Word> words, BitSet hard, BitSet soft) {
        Matcher allowed = lexicon.allowedPhrases().matcher(text);
        while (allowed.find()) {
            boolean phrase =
                    allowed.group().indexOf(' ') >= 0 || allowed.group().indexOf('\'') >= 0;
            (phrase ? hard : soft).set(allowed.start(), allowed.end());
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (i > 0 && SAINT.matcher(words.get(i - 1).value()).matches()) {
                hard.set(word.start(), word.end());
            }
            if (CONDITION_AFTER
                    .matcher(text.substring(word.end(), Math.min(text.length(), word.end() + 16)))
                    .find()) {
                hard.set(word.start(), word.end());
            }
            boolean surnameAfterName = lexicon.isSurname(word.value())
                    && lexicon.isFirstName(words.get(Math.max(0, i - 1)).value());
            if (isCapitalised(word.value()) && lexicon.isFacilityWord(word.value()) && i > 0 && !surnameAfterName) {
                protectFacility(text, words, i, hard);
            }
        }
    }

    /** Walks back from a facility word ("Primary", "Centre") over the capitalised words of the same name. */
    private void protectFacility(String text, List<Word> words, int last, BitSet hard) {
        int first = last;
        while (first > 0) {
            Word previous = words.get(first - 1);
            String gap = text.substring(previous.end(), words.get(first).start());
            boolean joined =
                    gap.equals(" ") || gap.equals(". ") || gap.equals("-") || gap.equals("'s ") || gap.equals("’s ");
            boolean connector =
                    previous.value().equals("of") || previous.value().equals("and");
            if (!joined || !(isCapitalised(previous.value()) || connector)) {
                break;
            }
            boolean saintBefore =
                    first >= 2 && SAINT.matcher(words.get(first - 2).value()).matches();
            if (!gap.equals(" ")
                    && !gap.equals("-")
                    && !saintBefore
                    && !SAINT.matcher(previous.value()).matches()) {
                break;
            }
            first--;
        }
        if (first < last) {
            hard.set(words.get(first).start(), words.get(last).end());
        }
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String value = matcher.group();
            String bare = POSSESSIVE.matcher(value).replaceFirst("");
            if (!bare.isEmpty()) {
                words.add(new Word(matcher.start(), matcher.start() + bare.length(), bare));
            }
        }
        return words;
    }

    private static int wordAt(List<Word> words, int position) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= position) {
                return words.get(i).start() == position ? i : -1;
            }
        }
        return -1;
    }

    static boolean isCapitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
