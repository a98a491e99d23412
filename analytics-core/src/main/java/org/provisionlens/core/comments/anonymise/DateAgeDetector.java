package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth and exact ages tied to a person. A date counts as a date of birth only after a birth cue ("DOB",
 * "date of birth", "born", "birthday"); an age only in the shapes "he is 7", "my 12 year old", "aged 9", "Jack (7)".
 * Durations ("waited 14 months", "for 2 years") and school years ("Year 7") are never ages.
 */
final class DateAgeDetector {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|(?:19|20)\\d{2})";
    private static final Pattern BIRTH = Pattern.compile(
            "(?i)\\b(?:D\\.?O\\.?B\\.?|date of birth|birth date|born(?:\\s+on|\\s+in)?|birthday(?:\\s+is)?"
                    + "(?:\\s+on)?)\\s*[:\\-]?\\s*(?:(?:was|is)\\s+)?(?:the\\s+)?(" + DATE + ")(?![\\d/])");

    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one|twenty-two"
            + "|twenty-three|twenty-four|twenty-five)";
    private static final String AGE_NUMBER = "(?:\\d{1,2}|" + NUMBER_WORD + ")";
    private static final String YEARS_OLD = "(?:[\\s-]*(?:years?|yrs?)[\\s-]*old|\\s*y/?o|\\s*yrs?(?![\\p{L}]))";
    private static final Pattern AGE_WITH_UNIT =
            Pattern.compile("(?i)(?<![\\p{L}\\d])" + AGE_NUMBER + YEARS_OLD + "(?![\\p{L}])");
    private static final Pattern AGE_AFTER_PERSON = Pattern.compile(
            "(?i)\\b(?:I\\s+am|I'm|I’m|(?:he|she|they|who|son|daughter|child|boy|girl|grandson|granddaughter|brother"
                    + "|sister|twins)(?:'s|’s|\\s+is|\\s+are|\\s+was|\\s+turned|\\s+turns|\\s+will\\s+be"
                    + "|\\s+has\\s+just\\s+turned|\\s+just\\s+turned|\\s+is\\s+now|\\s+is\\s+only|\\s+is\\s+nearly"
                    + "|\\s+is\\s+almost))"
                    + "\\s+(?:only\\s+|now\\s+|nearly\\s+|almost\\s+|just\\s+)?(" + AGE_NUMBER + ")"
                    + "(?!\\s*(?:months?|weeks?|days?|hours?|minutes?|%|percent|miles?|times|stone|kg|o'clock|pm|am"
                    + "|th|st|nd|rd|out|of|:|\\.\\d|,\\d|\\d|-year|\\s*-\\s*\\d))(?![\\p{L}\\d])");
    private static final Pattern AGE_AFTER_NAME = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?:'s|’s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+is\\s+now|\\s+will\\s+be)\\s+(\\d{1,2})"
                    + "(?![\\p{L}\\d]|\\s*(?:months?|weeks?|days?|hours?|minutes?|%|percent|miles?|times|o'clock|pm|am"
                    + "|out|of|:|\\.\\d|,\\d|-))");
    private static final Pattern AGE_AT_EVENT = Pattern.compile(
            "(?i)\\b(?:diagnosed|assessed|adopted|excluded|identified|statemented)\\b[^.!?]{0,40}?\\bat\\s+(?:the\\s+age\\s+of\\s+)?"
                    + "(\\d{1,2})(?![\\p{L}\\d:.]|\\s*(?:pm|am|o'clock|months?|weeks?))");
    private static final Pattern AGED = Pattern.compile("(?i)\\b(?:aged|age)\\s+(" + AGE_NUMBER + ")(?![\\p{L}\\d])");
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile("(?<=\\p{L}\\s?)\\((\\d{1,2})\\)");

    void detect(String text, List<Span> spans) {
        Matcher birth = BIRTH.matcher(text);
        while (birth.find()) {
            spans.add(Span.of(EntityType.DATE_OF_BIRTH, text, birth.start(1), birth.end(1)));
        }
        Matcher unit = AGE_WITH_UNIT.matcher(text);
        while (unit.find()) {
            spans.add(Span.of(EntityType.AGE, text, unit.start(), unit.end()));
        }
        group(AGE_AFTER_PERSON, text, spans);
        group(AGE_AFTER_NAME, text, spans);
        group(AGED, text, spans);
        group(AGE_AT_EVENT, text, spans);
        group(AGE_IN_BRACKETS, text, spans);
    }

    private static void group(Pattern pattern, String text, List<Span> spans) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(Span.of(EntityType.AGE, text, matcher.start(1), matcher.end(1)));
        }
    }
}
