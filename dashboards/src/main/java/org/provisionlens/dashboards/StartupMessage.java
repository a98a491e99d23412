package org.provisionlens.dashboards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the dashboards are once they serve; in the demo profile, also how to sign in. */
@Component
class StartupMessage implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

    // The documented demo login (README): printed only when the demo profile is active.
    private static final String DEMO_USER = "commissioner";
    private static final String DEMO_PASSWORD = "trafford-demo";

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = "http://localhost:" + port + "/";
        if (environment.matchesProfiles("demo")) {
            LOG.info("Provision Lens dashboards: {}  (demo login: {} / {})", address, DEMO_USER, DEMO_PASSWORD);
        } else {
            LOG.info("Provision Lens dashboards: {}", address);
        }
    }
}
