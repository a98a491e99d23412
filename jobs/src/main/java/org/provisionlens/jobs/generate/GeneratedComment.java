package org.provisionlens.jobs.generate;

import java.time.LocalDate;

/** One generated comment; {@code personalDetails} marks the planted (fake) names, numbers and postcodes. */
record GeneratedComment(
        LocalDate date,
        String respondentType,
        String channel,
        String text,
        String serviceReference,
        String area,
        boolean personalDetails) {}
