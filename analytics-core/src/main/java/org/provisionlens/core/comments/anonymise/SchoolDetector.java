package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of schools and settings joined to a child: "my daughter goes to St Mary's", "Jack at Oakfield", "his
 * school, Oakfield Primary". A setting named on its own ("the parent forum met at Sale High School") is kept.
 */
final class SchoolDetector {

    private static final String JOIN = "(?:goes to|go to|going to|attends|attended|attending|started at|starts at"
            + "|starting at|started|moved to|moving to|been at|is at|was at|are at|placed at|on roll at|excluded from"
            + "|transferring to|transferred to|in (?:[Yy]ear \\d{1,2}|reception|nursery|the sixth form) at"
            + "|a place at|offered|(?:on )?(?:the )?waiting list for|at)";
    private static final String NAME = "((?:(?:St\\.?|Saint)\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:(?:\\s+|-)(?:of|the|and|&|C of E|CofE|CE|RC|\\p{Lu}[\\p{L}'’-]*))*)";
    private static final Pattern AFTER_CHILD_WORD = Pattern.compile(
            "\\b(?i:my|our|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:son|daughter|child|boy|girl|grandson"
                    + "|granddaughter|twins|kids|children|sons|daughters)\\b[^.!?\\[]{0,40}?\\b" + JOIN + "\\s+"
                    + NAME);
    private static final Pattern AFTER_PRONOUN =
            Pattern.compile("\\b(?i:he|she|they)(?:'s|’s|\\s+is|\\s+was|\\s+has been|\\s+will be|\\s+are|\\s+were)?"
                    + "(?:\\s+(?i:now|currently|still|just|already|finally))?\\s+" + JOIN + "\\s+" + NAME);
    private static final Pattern SCHOOL_OF = Pattern.compile(
            "\\b(?:(?i:his|her|their)|(?:son|daughter|child)(?:'s|’s))\\s+(?:current\\s+|new\\s+|old\\s+)?"
                    + "(?:school|nursery|college|setting|academy|primary|secondary|placement)(?:,|\\s+is|\\s+was|\\s+\\()?"
                    + "\\s+" + NAME);
    private static final Pattern AFTER_CHILD_NAME =
            Pattern.compile("^(?:'s|’s)?,?(?:\\s+(?:is|was|has been|will be|who is|who goes to|who attends|, who is))?"
                    + "(?:\\s+(?:now|currently|still|just))?\\s+" + JOIN + "\\s+" + NAME);
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:\\s+(?:of|the|and|&))+$");

    private final Lexicon lexicon = Lexicon.get();

    void detect(String text, List<Span> persons, List<Span> spans) {
        find(AFTER_CHILD_WORD, text, 0, text.length(), spans);
        find(AFTER_PRONOUN, text, 0, text.length(), spans);
        find(SCHOOL_OF, text, 0, text.length(), spans);
        for (Span person : persons) {
            if (person.type() == EntityType.CHILD) {
                find(AFTER_CHILD_NAME, text, person.end(), Math.min(text.length(), person.end() + 120), spans);
            }
        }
    }

    private void find(Pattern pattern, String text, int from, int to, List<Span> spans) {
        Matcher matcher = pattern.matcher(text).region(from, to);
        while (matcher.find()) {
            int start = matcher.start(1);
            String name = TRAILING_CONNECTOR.matcher(matcher.group(1)).replaceFirst("");
            if (isSettingName(name)) {
                spans.add(Span.of(EntityType.SCHOOL, text, start, start + name.length()));
            }
        }
    }

    private boolean isSettingName(String name) {
        List<PersonDetector.Word> words = PersonDetector.words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1).value();
        if (words.size() > 1 && lexicon.isFacilityWord(last)) {
            return true;
        }
        String first = words.get(0).value();
        if (lexicon.isCommonWord(first) && !first.equals("St") && !first.equals("Saint")) {
            return false;
        }
        for (PersonDetector.Word word : words) {
            if (!lexicon.isAllowedWord(word.value()) && !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
