package org.provisionlens.dashboards;

import javax.sql.DataSource;
import org.provisionlens.db.TestDatabases;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Supplies the test JVM's shared, migrated embedded PostgreSQL (stopped by its own shutdown hook, not here). */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        return TestDatabases.shared().dataSource();
    }
}
