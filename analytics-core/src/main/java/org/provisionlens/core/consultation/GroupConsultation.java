package org.provisionlens.core.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One consultee group in the register for a year: the events that reached it in the year, the ways it was reached,
 * and the last day it was consulted at all (any year in the register; null when never).
 */
public record GroupConsultation(
        ConsulteeGroup group, int eventsInYear, List<ConsultationMethod> methodsInYear, LocalDate lastConsulted) {

    public GroupConsultation {
        Objects.requireNonNull(group, "group");
        if (eventsInYear < 0) {
            throw new IllegalArgumentException("events cannot be negative");
        }
        methodsInYear = List.copyOf(methodsInYear);
    }

    /** A group the LA must consult (all of regulation 54 but 54(1)(n)) that no event reached in the year. */
    public boolean gap() {
        return group.required() && eventsInYear == 0;
    }
}
