package org.provisionlens.dashboards.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.core.consultation.ConsultationRegister;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.provisionlens.core.consultation.GroupConsultation;
import org.provisionlens.core.consultation.ReviewYear;
import org.provisionlens.dashboards.PublishedRun;

/**
 * The register page of a published run: every group of regulation 54 in the review year, and every activity.
 *
 * @param yearReason how the year was chosen, in words
 */
record Register(PublishedRun run, ReviewYear year, String yearReason, List<Row> groups, List<Activity> activities) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static Register of(PublishedRun run, ReviewYear year, String yearReason, List<ConsultationEvent> events) {
        List<Row> groups =
                ConsultationRegister.byGroup(events, year).stream().map(Row::of).toList();
        List<Activity> activities =
                events.stream().map(event -> Activity.of(event, year)).toList();
        return new Register(run, year, yearReason, groups, activities);
    }

    public long required() {
        return groups.stream().filter(Row::required).count();
    }

    public List<Row> gaps() {
        return groups.stream().filter(Row::gap).toList();
    }

    /** "12 of the 16 groups regulation 54 requires were consulted in the year; 4 were not." */
    public String summary() {
        long gaps = gaps().size();
        return (required() - gaps) + " of the " + required() + " groups regulation 54 requires were consulted in the"
                + " year; " + (gaps == 0 ? "none was missed." : gaps + (gaps == 1 ? " was not." : " were not."));
    }

    /** One group: its paragraph, its activities and ways in the year, the last day it was consulted at all. */
    record Row(
            String regulation,
            String code,
            String label,
            boolean required,
            int activities,
            String methods,
            LocalDate lastConsulted,
            boolean gap) {

        static Row of(GroupConsultation group) {
            return new Row(
                    group.group().regulation(),
                    group.group().name(),
                    group.group().label(),
                    group.group().required(),
                    group.eventsInYear(),
                    group.methodsInYear().stream()
                            .map(ConsultationMethod::label)
                            .collect(Collectors.joining(", ")),
                    group.lastConsulted(),
                    group.gap());
        }

        public String lastConsultedText() {
            return lastConsulted == null ? "Never (in this register)" : DAY.format(lastConsulted);
        }

        /** "Consulted", "Gap: not consulted this year", or "Not required" for 54(1)(n) when nobody was. */
        public String status() {
            if (activities > 0) {
                return "Consulted";
            }
            return required ? "Gap: not consulted in the year" : "Not required; not consulted";
        }
    }

    /** One activity of the register, as the table lists it. */
    record Activity(
            String id,
            String when,
            String method,
            String groups,
            String description,
            Integer participants,
            boolean inYear) {

        static Activity of(ConsultationEvent event, ReviewYear year) {
            String when = event.heldTo() == null || event.heldTo().equals(event.heldFrom())
                    ? DAY.format(event.heldFrom())
                    : DAY.format(event.heldFrom()) + " to " + DAY.format(event.heldTo());
            return new Activity(
                    event.eventId(),
                    when,
                    event.method().label(),
                    event.groups().stream().map(Activity::paragraph).distinct().collect(Collectors.joining(", ")),
                    event.description(),
                    event.participants(),
                    event.heldIn(year));
        }

        /** "54(1)(a)", or for the three groups of 54(2) the paragraph and who: "54(2) NHS England". */
        static String paragraph(ConsulteeGroup group) {
            return group.regulation().equals("54(2)")
                    ? group.regulation() + " " + group.label().split(" \\(| whose")[0]
                    : group.regulation();
        }

        public String participantsText() {
            return participants == null ? "Not recorded" : String.format(Locale.UK, "%,d", participants);
        }
    }
}
