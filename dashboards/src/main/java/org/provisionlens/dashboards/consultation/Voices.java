package org.provisionlens.dashboards.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.comments.RespondentType;
import org.provisionlens.core.comments.publication.StanceCounts;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.dashboards.PublishedRun;

/**
 * Whose voice is heard in a run's comments: the comments by respondent type and by channel (every anonymised comment
 * counted, published or not), how many came by routes that need no internet, and what children and young people
 * said: their themes and their published anonymised comments.
 *
 * @param noInternet comments whose channel is a route that needs no internet (phone, paper, events, focus groups, ...)
 * @param childrenAndYoungPeople comments from children and young people (CHILD and YOUNG_PERSON)
 */
record Voices(
        PublishedRun run,
        int total,
        List<CountRow> byRespondent,
        List<CountRow> byChannel,
        int noInternet,
        int childrenAndYoungPeople,
        int childrenAndYoungPeopleNoInternet,
        List<Theme> themes,
        List<Said> said) {

    static final Map<RespondentType, String> WHO = Map.of(
            RespondentType.CHILD, "Children",
            RespondentType.YOUNG_PERSON, "Young people",
            RespondentType.PARENT_CARER, "Parents and carers",
            RespondentType.PROFESSIONAL, "Professionals",
            RespondentType.OTHER, "Others");
    static final String NOT_RECORDED = "Not recorded";

    static Voices of(PublishedRun run, List<VoicesRepository.Tally> tallies, List<Theme> themes, List<Said> said) {
        Map<RespondentType, Integer> byType = new LinkedHashMap<>();
        for (RespondentType type : RespondentType.values()) {
            byType.put(type, 0);
        }
        Map<String, CountRow> byChannel = new LinkedHashMap<>();
        int total = 0;
        int noInternet = 0;
        int young = 0;
        int youngNoInternet = 0;
        List<VoicesRepository.Tally> ordered = new ArrayList<>(tallies);
        ordered.sort(java.util.Comparator.comparingInt(tally -> channelOrder(tally.channel())));
        for (VoicesRepository.Tally tally : ordered) {
            RespondentType type = RespondentType.valueOf(tally.respondentType());
            byType.merge(type, tally.comments(), Integer::sum);
            Optional<ConsultationMethod> method = ConsultationMethod.parse(tally.channel());
            String label = method.map(ConsultationMethod::label).orElse(channelText(tally.channel()));
            Boolean needsInternet =
                    method.map(ConsultationMethod::needsInternet).orElse(null);
            byChannel.merge(
                    label,
                    new CountRow(label, label, tally.comments(), false, needsInternet),
                    (a, b) -> new CountRow(a.code(), a.label(), a.count() + b.count(), false, a.needsInternet()));
            boolean offline = Boolean.FALSE.equals(needsInternet);
            boolean childOrYoungPerson = type == RespondentType.CHILD || type == RespondentType.YOUNG_PERSON;
            total += tally.comments();
            noInternet += offline ? tally.comments() : 0;
            young += childOrYoungPerson ? tally.comments() : 0;
            youngNoInternet += offline && childOrYoungPerson ? tally.comments() : 0;
        }
        List<CountRow> respondents = new ArrayList<>();
        byType.forEach((type, count) -> respondents.add(new CountRow(type.name(), WHO.get(type), count, false, null)));
        return new Voices(
                run,
                total,
                CountRow.suppressed(respondents),
                CountRow.suppressed(new ArrayList<>(byChannel.values())),
                noInternet,
                young,
                youngNoInternet,
                themes,
                said.size() < StanceCounts.THRESHOLD ? List.of() : said);
    }

    /** Channels in the order of the methods they are, then others, then those not recorded. */
    private static int channelOrder(String channel) {
        if (channel == null) {
            return Integer.MAX_VALUE;
        }
        return ConsultationMethod.parse(channel).map(Enum::ordinal).orElse(ConsultationMethod.values().length);
    }

    private static String channelText(String channel) {
        return channel == null ? NOT_RECORDED : channel.substring(0, 1).toUpperCase(Locale.UK) + channel.substring(1);
    }

    public String childrenAndYoungPeopleText() {
        return StanceCounts.text(childrenAndYoungPeople);
    }

    public String noInternetText() {
        return StanceCounts.text(noInternet) + noInternetShare();
    }

    public String childrenAndYoungPeopleNoInternetText() {
        return StanceCounts.text(childrenAndYoungPeopleNoInternet);
    }

    /** "48%" of all comments, or nothing when the count is suppressed or there are none. */
    String noInternetShare() {
        return total == 0 || CountRow.small(noInternet) ? "" : " (" + Math.round(noInternet * 100.0 / total) + "%)";
    }

    /** Whether the published comments of children and young people are too few to show (fewer than 5). */
    public boolean childrensCommentsSuppressed() {
        return said.isEmpty();
    }

    /** "Most came from parents and carers: 20 of 37." (the largest count shown, never a suppressed one) */
    public String respondentSummary() {
        return largest(byRespondent)
                .map(row -> "Most came from " + row.label().toLowerCase(Locale.UK) + ": " + row.count() + " of " + total
                        + ".")
                .orElse("Too few comments to say who sent most.");
    }

    /** "Most came by online survey: 15 of 37; 14 (38%) by routes that need no internet." */
    public String channelSummary() {
        return largest(byChannel)
                        .map(row -> "Most came by " + row.label().toLowerCase(Locale.UK) + ": " + row.count() + " of "
                                + total + "; ")
                        .orElse("")
                + noInternetText() + " by routes that need no internet.";
    }

    private static Optional<CountRow> largest(List<CountRow> rows) {
        return rows.stream().filter(row -> row.drawn() != null).max(java.util.Comparator.comparingInt(CountRow::count));
    }

    public String respondentChart() {
        return chart("respondent-chart", "Comments by who wrote them", "Who", byRespondent);
    }

    public String channelChart() {
        return chart("channel-chart", "Comments by how they came", "Channel", byChannel);
    }

    private static String chart(String id, String title, String axis, List<CountRow> rows) {
        List<ChartValue> values = rows.stream()
                .map(row -> ChartValue.of("Comments", row.label(), row.drawn()))
                .toList();
        return SvgCharts.groupedBar(new BarChart(id, title, axis, "Comments", values));
    }

    /** A theme children and young people raised, with their stances. */
    record Theme(String label, StanceCounts counts) {}

    /** One published anonymised comment of a child or young person. */
    record Said(String who, String text) {}
}
