package org.provisionlens.dashboards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Provision Lens dashboards: the pages that read the published review runs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DashboardsApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardsApplication.class, args);
    }
}
