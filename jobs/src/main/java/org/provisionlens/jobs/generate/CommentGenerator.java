package org.provisionlens.jobs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * About one consultation comment per 20 children (at most {@value #MAX_PER_LA} an LA), from parents and carers,
 * young people, children and professionals, on the themes of {@link CommentPhrases}: negative, positive or mixed; a
 * quarter name one of the LA's services; about 10% carry planted personal details that are plainly fake (names from
 * the ONS baby names list with a stock surname, Ofcom's drama numbers 07700 900xxx, postcodes in ZZ99 or a made-up
 * sector); some span two lines.
 */
final class CommentGenerator {

    static final int CHILDREN_PER_COMMENT = 20;
    static final int MAX_PER_LA = 400;
    static final double PERSONAL_DETAILS_SHARE = 0.10;

    private static final List<String> SURNAMES = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Patel",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "Khan",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Hughes");
    private static final List<String> CHANNELS = List.of("survey", "survey", "email", "event", "focus group", "phone");

    private CommentGenerator() {}

    static int count(int children) {
        return Math.min(MAX_PER_LA, Math.max(1, Math.round(children / (float) CHILDREN_PER_COMMENT)));
    }

    static List<GeneratedComment> generate(
            int children,
            List<GeneratedService> services,
            LaGeography geography,
            List<String> firstNames,
            int endYear,
            SplittableRandom random) {
        LocalDate from = LocalDate.of(endYear - 1, 9, 1);
        int days = (int) (LocalDate.of(endYear, 3, 31).toEpochDay() - from.toEpochDay());
        List<GeneratedComment> comments = new ArrayList<>();
        for (int i = 0; i < count(children); i++) {
            double who = random.nextDouble();
            String type =
                    who < 0.55 ? "parent/carer" : who < 0.70 ? "young person" : who < 0.78 ? "child" : "professional";
            CommentPhrases.Theme theme = CommentPhrases.THEMES.get(random.nextInt(CommentPhrases.THEMES.size()));
            double tone = random.nextDouble();
            StringBuilder text = new StringBuilder();
            if (type.equals("young person") || type.equals("child")) {
                text.append(theme.young());
            } else {
                if (type.equals("professional")) {
                    text.append(pick(CommentPhrases.PROFESSIONAL_OPENERS, random))
                            .append("I hear this from families every week: ");
                } else {
                    text.append(pick(CommentPhrases.PARENT_OPENERS, random));
                }
                String sentence = tone < 0.5 ? theme.negative() : tone < 0.75 ? theme.positive() : theme.mixed();
                text.append(afterOpener(text, sentence));
            }
            String reference = "";
            if (!services.isEmpty() && random.nextDouble() < 0.25) {
                GeneratedService service = services.get(random.nextInt(services.size()));
                reference = service.serviceId();
                text.append(random.nextDouble() < 0.15 ? "\n" : " ")
                        .append(tone < 0.5 ? "We have had a poor experience of " : "Credit to ")
                        .append(service.name())
                        .append(tone < 0.5 ? ", and we want that on the record." : ", who made a real difference.");
            }
            boolean personal = random.nextDouble() < PERSONAL_DETAILS_SHARE;
            Area area = geography.pick(random);
            if (personal) {
                String name = pick(firstNames, random) + " " + pick(SURNAMES, random);
                String phone = "07700 900" + String.format("%03d", random.nextInt(1000));
                String postcode = area.postcodeDistrict() != null
                        ? area.postcodeDistrict() + " " + random.nextInt(10) + "ZZ"
                        : "ZZ99 " + random.nextInt(10) + "ZZ";
                switch (random.nextInt(3)) {
                    case 0 ->
                        text.append(" My name is ")
                                .append(name)
                                .append(", call me on ")
                                .append(phone)
                                .append('.');
                    case 1 ->
                        text.append(" Please reply to ")
                                .append(name)
                                .append(" at ")
                                .append(postcode)
                                .append('.');
                    default ->
                        text.append(" Our key worker ")
                                .append(name)
                                .append(" (")
                                .append(phone)
                                .append(") knows the details.");
                }
            }
            String areaColumn = random.nextDouble() < 0.6 ? area.lsoaCode() : "";
            comments.add(new GeneratedComment(
                    from.plusDays(random.nextInt(days + 1)),
                    type,
                    pick(CHANNELS, random),
                    text.toString(),
                    reference,
                    areaColumn,
                    personal));
        }
        comments.sort(java.util.Comparator.comparing(GeneratedComment::date));
        return comments;
    }

    /** The sentence, its first letter in lower case after an opener ending in a comma or colon (not "I", "CAMHS"). */
    static String afterOpener(CharSequence opener, String sentence) {
        String trimmed = opener.toString().trim();
        boolean midSentence = trimmed.endsWith(",") || trimmed.endsWith(":");
        boolean keepCapital = sentence.startsWith("I ") || Character.isUpperCase(sentence.charAt(1));
        return midSentence && !keepCapital
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1)
                : sentence;
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
