package org.provisionlens.core.audit;

import java.util.Objects;

/**
 * Why a listing counts towards an element: which listing, which of its fields, and the phrase found there ({@code null}
 * when the element asks for a filled field or a kind of service rather than a phrase).
 */
public record Evidence(String serviceId, String serviceName, String field, String phrase) {

    public Evidence {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(field, "field");
    }

    /** "Trafford Short Breaks (S358-SB): description says “short break”". */
    public String text() {
        String listing = serviceName + " (" + serviceId + ")";
        return phrase == null ? listing + ": " + field : listing + ": " + field + " says \u201c" + phrase + "\u201d";
    }
}
