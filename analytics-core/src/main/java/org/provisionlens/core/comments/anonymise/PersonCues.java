package org.provisionlens.core.comments.anonymise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that say a person's name comes next. A strong cue makes any capitalised word after it a name; a weak
 * cue only a word in the name gazetteers.
 */
final class PersonCues {

    /** A cue, what it names and how sure it is. */
    record Cue(Pattern pattern, EntityType type, boolean strong) {}

    private static final String CHILD_WORDS = "(?:son|daughter|child|boy|girl|grandson|granddaughter|grandchild"
            + "|stepson|stepdaughter|step-son|step-daughter|nephew|niece|twins|kids|children|boys|girls|sons"
            + "|daughters|baby|toddler|teenager|teen|lad|brother|sister|foster son|foster daughter|foster child)";
    private static final String CHILD_ADJECTIVES = "(?:(?:\\d{1,2}|[a-z]+)[- ]?(?:years?|yrs?)[- ]old|little|youngest"
            + "|eldest|oldest|middle|autistic|disabled|adopted|foster|twin|two|three|beautiful|lovely|gorgeous"
            + "|amazing|younger|older|big|baby|teenage)";
    private static final String ROLE_WORDS = "(?:SENCO|SENCo|Senco|SENDCo|senco|teacher|TA|worker|keyworker"
            + "|caseworker|case officer|officer|coordinator|co-ordinator|therapist|SALT|OT|paediatrician|consultant"
            + "|nurse|psychologist|EP|GP|advocate|manager|mentor|headteacher|head teacher|headmistress|headmaster"
            + "|principal|practitioner|visitor|supporter|assistant|lead|doctor|physio|physiotherapist|tutor"
            + "|childminder|PA|driver|escort|councillor|MP|SENDIASS adviser|adviser|advisor|named person)";
    private static final String ROLE_ADJECTIVES = "(?:new|old|previous|lovely|class|form|allocated|named|key"
            + "|case|social|family|support|specialist|speech|speech and language|occupational|advisory|portage"
            + "|SEND|SEN|EHC|EHCP|school|deputy|assistant|community|learning|link|lead|transport|early years)";

    static final List<Cue> CUES = List.of(
            new Cue(
                    Pattern.compile("\\b(?i:my|our|his|her|their)\\s+(?:" + CHILD_ADJECTIVES + "\\s+)*" + CHILD_WORDS
                            + "\\b(?:\\s+(?:who is |is |was )?(?:called|named))?,?\\s+"),
                    EntityType.CHILD,
                    true),
            new Cue(
                    Pattern.compile("\\b(?i:a|an|one)\\s+(?:[\\w-]+\\s+)?" + CHILD_WORDS + "\\s+(?:called|named)\\s+"),
                    EntityType.CHILD,
                    true),
            new Cue(
                    Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\\.?\\s+"),
                    EntityType.NAME,
                    true),
            new Cue(
                    Pattern.compile("\\b(?i:my|our|his|her|their|the|a)\\s+(?:" + ROLE_ADJECTIVES + "\\s+)*"
                            + ROLE_WORDS + "\\b(?:\\s+(?:who is |is |was )?(?:called|named))?,?\\s+"),
                    EntityType.NAME,
                    true),
            new Cue(
                    Pattern.compile(
                            "\\b(?:called|named|[Mm]y name is|I am|I'm|I’m|[Ss]igned|[Nn]ame:|[Ss]poke to|[Ss]poke with"
                                    + "|[Ss]peak to|[Tt]alked to|[Tt]hanks to|[Tt]hank you to)\\s+"),
                    EntityType.NAME,
                    true),
            new Cue(
                    Pattern.compile("(?m)(?:^|[.!?]\\s+)(?:[Rr]egards|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ll]ove|"
                            + "[Bb]est wishes|[Kk]ind regards|[Mm]any thanks|[Ff]rom),?\\s+(?=\\p{Lu}\\p{Ll}+\\W*$)"),
                    EntityType.NAME,
                    true),
            new Cue(
                    Pattern.compile("\\s[-–—]\\s?(?=\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\W*$)"),
                    EntityType.NAME,
                    true),
            new Cue(
                    Pattern.compile("\\b(?i:the|our|my|his|her|their)\\s+(?:" + ROLE_ADJECTIVES + "\\s+)*" + ROLE_WORDS
                            + "\\s+(?:is|was)\\s+"),
                    EntityType.NAME,
                    false),
            new Cue(
                    Pattern.compile(
                            "\\b(?:thank you,|emailed|rang|phoned|met|contacted|asked|told|with|to|by|and|from|Thanks|Thank you)\\s+"),
                    EntityType.NAME,
                    false));

    /** Words that, before a name, say it is a professional rather than the child. */
    static final Pattern PROFESSIONAL_BEFORE = Pattern.compile(
            "(?i)(?:\\b" + ROLE_WORDS + "|spoke to|speak to|spoke with|thanks to|thank you|thanks|emailed|rang|phoned"
                    + "|contacted|from|met with|told|asked)\\W*$");
    /** What follows a professional's name. */
    static final Pattern PROFESSIONAL_AFTER = Pattern.compile(
            "^(?:'s|’s)?\\s*(?:,\\s*)?(?:from|at the|in the|of the|who (?:works|runs|leads|is our|is the|is my)"
                    + "|(?:our|the|my|his|her) (?:\\w+ )?" + ROLE_WORDS
                    + "|(?:is|was|has been|had been) (?:so |really |very |absolutely )?"
                    + "(?:brilliant|amazing|fantastic|lovely|helpful|great|excellent|wonderful|rude|unhelpful|kind|supportive"
                    + "|professional|dismissive|a star|a godsend|our|the|my)|(?:told|said|explained|listened|replied|promised"
                    + "|arranged|visited|rang|called|emailed|phoned|chased|organised|sorted|advised))\\b");
    /** What comes before a child's name. */
    static final Pattern CHILD_BEFORE = Pattern.compile(
            "(?i)\\b(?:assessment|referral|place|ehcp|plan|appointment|support|diagnosis|transport|therapy|provision"
                    + "|school|respite|wheelchair|to get|for|help)\\s+(?:for\\s+)?\\W*$");
    /** What follows a child's name. */
    static final Pattern CHILD_AFTER = Pattern.compile(
            "^(?:(?:'s|’s)\\s+(?:school|teacher|ehcp|plan|needs|class|diagnosis|senco|transport|taxi|ta|speech"
                    + "|therapy|ot|mum|dad|mother|father|sister|brother|behaviour|anxiety|place|assessment|review)"
                    + "|\\s*\\(|\\s+(?:is|was|has been)\\s+(?:\\d|in year|in reception|non-verbal|autistic|diagnosed"
                    + "|at|now|still|home|excluded|off|out of|in a|only|nearly|almost|on a|struggling|waiting|being)"
                    + "|\\s+(?:has|had)\\s+(?:autism|adhd|asd|down|cerebral|epilepsy|been waiting|been off|been out"
                    + "|waited|no school|a diagnosis|an ehcp|a plan|complex|severe|global|sensory|speech)"
                    + "|\\s+(?:goes|went|attends|attended|started|starts|loves|struggles|needs|needed|can't|cannot"
                    + "|finds|refuses|won't|will not|uses|used to|started|turned|turns|gets|got|came home|is in"
                    + "|was in|is due|settled|thrived|thrives|moved up)|\\s+at\\s+\\p{Lu}|\\s+in\\s+year|\\s+a place|\\s+into\\s|\\s+to school)",
            Pattern.CASE_INSENSITIVE);
    /** A comment that talks about a child at all. */
    static final Pattern CHILD_MENTION = Pattern.compile("(?i)\\b(?:" + CHILD_WORDS + "|he|she|his|her|him|they)\\b");

    private PersonCues() {}
}
