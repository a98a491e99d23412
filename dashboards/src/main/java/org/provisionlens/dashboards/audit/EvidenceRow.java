package org.provisionlens.dashboards.audit;

/** A listing that shows an element: where ({@code field}) and with which phrase (null: a field or kind of service). */
record EvidenceRow(String serviceId, String serviceName, String field, String phrase) {

    public String nameText() {
        return serviceName == null ? serviceId : serviceName;
    }

    /** "description says “short break”", or the field alone. */
    public String whereText() {
        return phrase == null ? field : field + " says \u201c" + phrase + "\u201d";
    }
}
