package org.provisionlens.jobs.sources.oruk;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provisionlens.core.provision.NeedCode;

/**
 * The one place that reads SEND needs out of taxonomy terms (names or codes such as "Autism", "ASD", "Speech and
 * language", "Hearing impairment", "Social, emotional and mental health").
 *
 * <ul>
 *   <li>A term that is exactly a DfE primary need code ({@code ASD}, {@code SLCN}, ...) is that need; {@code OTH} and
 *       {@code UNKNOWN} are never read from a feed.
 *   <li>Otherwise phrases are looked for, most specific first; a matched phrase is taken out of the term, so "severe
 *       learning difficulties" is SLD and not also the generic "learning difficulties", and "deafblind" is MSI and not
 *       also HI and VI.
 *   <li>The Code of Practice's four broad areas of need (6.28) stand for all their primary needs: "Communication and
 *       interaction" is SLCN and ASD; "Cognition and learning" is MLD, SLD, PMLD and SpLD; "Sensory and/or physical"
 *       is HI, VI, MSI and PD.
 *   <li>"Learning disability" (the health and care term) is MLD, SLD and PMLD; "learning difficulties" also SpLD.
 *   <li>ADHD is SEMH, as schools record it (Code of Practice 6.32).
 *   <li>Anything else (Down syndrome, complex needs, "SEND") names no primary need: no need is guessed.
 * </ul>
 */
public final class SendNeedTaxonomy {

    private record Rule(Pattern phrase, Set<NeedCode> needs) {}

    private static final List<Rule> RULES = List.of(
            // the Code of Practice's broad areas
            rule("\\bcommunication (and|or) interaction\\b", NeedCode.SLCN, NeedCode.ASD),
            rule("\\bcognition (and|or) learning\\b", NeedCode.MLD, NeedCode.SLD, NeedCode.PMLD, NeedCode.SPLD),
            rule("\\bsensory (and |or |and or )?physical\\b", NeedCode.HI, NeedCode.VI, NeedCode.MSI, NeedCode.PD),
            // specific needs before the generic words they contain
            rule("\\bmulti ?sensory\\b|\\bdeaf ?blind\\w*|\\bmsi\\b", NeedCode.MSI),
            rule("\\bprofound (and )?multiple learning \\w+|\\bpmld\\b", NeedCode.PMLD),
            rule("\\bsevere learning \\w+|\\bsld\\b", NeedCode.SLD),
            rule("\\bmoderate learning \\w+|\\bmld\\b", NeedCode.MLD),
            rule(
                    "\\bspecific learning \\w+|\\bspld\\b|\\bdyslexi\\w*|\\bdyspraxi\\w*|\\bdyscalculi\\w*"
                            + "|\\bdevelopmental co ?ordination",
                    NeedCode.SPLD),
            rule("\\blearning disabilit\\w*|\\blearning disabled\\b", NeedCode.MLD, NeedCode.SLD, NeedCode.PMLD),
            rule("\\blearning difficult\\w*", NeedCode.MLD, NeedCode.SLD, NeedCode.PMLD, NeedCode.SPLD),
            rule("\\bautis\\w*|\\basd\\b|\\basc\\b|\\basperger\\w*", NeedCode.ASD),
            rule(
                    "\\bspeech\\b|\\bslcn\\b|\\blanguage and communication\\b|\\bcommunication and language\\b"
                            + "|\\bcommunication needs?\\b|\\bstammer\\w*|\\bstutter\\w*",
                    NeedCode.SLCN),
            rule("\\bhearing\\b|\\bdeaf\\w*", NeedCode.HI),
            rule(
                    "\\bvisual(ly)? impair\\w*|\\bvision impair\\w*|\\bsight (loss|impair\\w*)|\\bblind\\w*"
                            + "|\\bpartially sighted\\b",
                    NeedCode.VI),
            rule(
                    "\\bphysical (disabilit\\w*|disabled|impairment\\w*|needs?)\\b|\\bphysically disabled\\b"
                            + "|\\bpd\\b",
                    NeedCode.PD),
            rule(
                    "\\bsemh\\b|\\bsocial (and )?emotional\\b|\\bmental health\\b|\\bemotional (health|well ?being)\\b"
                            + "|\\badhd\\b|\\battention deficit\\b",
                    NeedCode.SEMH));

    private static final Set<NeedCode> NOT_FROM_FEEDS = EnumSet.of(NeedCode.OTH, NeedCode.UNKNOWN);

    private SendNeedTaxonomy() {}

    /** The primary needs a taxonomy term (its name or its code) names; empty when it names none. */
    public static Set<NeedCode> needsOf(String term) {
        String text = normalise(term);
        if (text.isEmpty()) {
            return Set.of();
        }
        if (!text.contains(" ")) {
            NeedCode code = NeedCode.fromCode(text).orElse(null);
            if (code != null && !NOT_FROM_FEEDS.contains(code)) {
                return Set.of(code);
            }
        }
        Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);
        for (Rule rule : RULES) {
            Matcher matcher = rule.phrase().matcher(text);
            if (matcher.find()) {
                needs.addAll(rule.needs());
                text = matcher.replaceAll(" ");
            }
        }
        return Set.copyOf(needs);
    }

    /** Lower case, "&" as "and", every other run of non-letters and non-digits as one space. */
    static String normalise(String term) {
        if (term == null) {
            return "";
        }
        return term.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }

    private static Rule rule(String phrase, NeedCode... needs) {
        return new Rule(Pattern.compile(phrase), Set.of(needs));
    }
}
