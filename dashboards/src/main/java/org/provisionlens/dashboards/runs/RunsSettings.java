package org.provisionlens.dashboards.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code provision-lens.runs}: how often the runs page refreshes while a run is running, and how many quarantined rows
 * a run's page lists.
 */
@ConfigurationProperties("provision-lens.runs")
record RunsSettings(Integer refreshSeconds, Integer quarantineLimit) {

    RunsSettings {
        refreshSeconds = refreshSeconds == null ? 10 : refreshSeconds;
        quarantineLimit = quarantineLimit == null ? 500 : quarantineLimit;
        if (refreshSeconds < 1 || quarantineLimit < 1) {
            throw new IllegalArgumentException("provision-lens.runs.refresh-seconds and quarantine-limit must be > 0");
        }
    }
}
