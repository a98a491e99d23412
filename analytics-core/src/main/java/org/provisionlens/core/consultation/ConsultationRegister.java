package org.provisionlens.core.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The register read group by group for a year: who was consulted, how, and the required groups left out (gaps). */
public final class ConsultationRegister {

    private ConsultationRegister() {}

    /** Every group of regulation 54, in the regulation's order, with its events in the year. */
    public static List<GroupConsultation> byGroup(List<ConsultationEvent> events, ReviewYear year) {
        return Arrays.stream(ConsulteeGroup.values())
                .map(group -> ofGroup(group, events, year))
                .toList();
    }

    /** The required groups no event reached in the year. */
    public static List<ConsulteeGroup> gaps(List<ConsultationEvent> events, ReviewYear year) {
        return byGroup(events, year).stream()
                .filter(GroupConsultation::gap)
                .map(GroupConsultation::group)
                .toList();
    }

    private static GroupConsultation ofGroup(ConsulteeGroup group, List<ConsultationEvent> events, ReviewYear year) {
        int inYear = 0;
        List<ConsultationMethod> methods = new ArrayList<>();
        LocalDate last = null;
        for (ConsultationEvent event : events) {
            if (!event.groups().contains(group)) {
                continue;
            }
            if (event.heldIn(year)) {
                inYear++;
                if (!methods.contains(event.method())) {
                    methods.add(event.method());
                }
            }
            if (last == null || event.lastDay().isAfter(last)) {
                last = event.lastDay();
            }
        }
        methods.sort(null);
        return new GroupConsultation(group, inYear, methods, last);
    }
}
