package org.provisionlens.core.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One consultation activity on the Local Offer, as the register records it: the groups it reached, when it was held
 * (one day when {@code heldTo} is null), how, what it was, and how many people or organisations took part (null when
 * not recorded, never zero).
 */
public record ConsultationEvent(
        String eventId,
        List<ConsulteeGroup> groups,
        LocalDate heldFrom,
        LocalDate heldTo,
        ConsultationMethod method,
        String description,
        Integer participants) {

    public ConsultationEvent {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event needs an id");
        }
        groups = List.copyOf(groups.stream().distinct().toList());
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("event " + eventId + " reached no consultee group");
        }
        Objects.requireNonNull(heldFrom, "heldFrom");
        if (heldTo != null && heldTo.isBefore(heldFrom)) {
            throw new IllegalArgumentException(
                    "event " + eventId + " ends (" + heldTo + ") before it starts (" + heldFrom + ")");
        }
        Objects.requireNonNull(method, "method");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("event " + eventId + " needs a description");
        }
        if (participants != null && participants < 0) {
            throw new IllegalArgumentException("participants cannot be negative");
        }
    }

    /** The last day it was held. */
    public LocalDate lastDay() {
        return heldTo == null ? heldFrom : heldTo;
    }

    /** Whether any day of it falls in the year. */
    public boolean heldIn(ReviewYear year) {
        return !heldFrom.isAfter(year.to()) && !lastDay().isBefore(year.from());
    }
}
