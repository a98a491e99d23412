package org.provisionlens.core.comments.publication;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Screens an anonymised comment before publication. Abusive: insults and swearing (a short list of whole words, with
 * the common starred forms). A complaint about an individual: a sentence that names a person (a {@code [NAME n]}
 * placeholder, or a title such as "Mrs" before one) and complains of them ("rude", "incompetent", "should be
 * sacked", "complaint about"). Deliberately narrow: criticism of a service is what the report is for.
 */
public final class PublicationScreen {

    private static final Pattern ABUSE = Pattern.compile(
            "(?i)\\b(idiots?|morons?|scum|bastards?|bitch(es)?|wankers?|twats?|dickheads?|f\\*+k\\w*|f\\*+\\w*|"
                    + "fuck\\w*|shit\\w*|piss off|go to hell|hope (you|they) die)\\b");

    private static final Pattern PERSON = Pattern.compile("\\[NAME \\d+]");

    private static final Pattern COMPLAINT = Pattern.compile(
            "(?i)\\b(rude|incompetent|unprofessional|lied|liar|lying|should be sacked|sack(ed)?|disciplin\\w*|"
                    + "shouted at|complain(ed|t)? about|report(ed)? (her|him)|bully\\w*)\\b");

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private PublicationScreen() {}

    /** Why the comment must be left out of the published report, if it must. */
    public static Optional<Exclusion> screen(String anonymisedText) {
        if (ABUSE.matcher(anonymisedText).find()) {
            return Optional.of(Exclusion.ABUSIVE);
        }
        for (String sentence : SENTENCES.split(anonymisedText)) {
            if (PERSON.matcher(sentence).find() && COMPLAINT.matcher(sentence).find()) {
                return Optional.of(Exclusion.INDIVIDUAL_COMPLAINT);
            }
        }
        return Optional.empty();
    }
}
