package org.provisionlens.dashboards.comments;

import java.util.List;

/** The status of an action, as comment_response stores it, and how the pages say it. */
enum Status {
    planned("Planned"),
    in_progress("In progress"),
    done("Done"),
    not_doing("Not doing");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    static List<Status> all() {
        return List.of(values());
    }

    static String label(String code) {
        for (Status s : values()) {
            if (s.name().equals(code)) {
                return s.label;
            }
        }
        return code;
    }
}
