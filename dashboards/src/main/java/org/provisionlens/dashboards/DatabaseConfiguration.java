package org.provisionlens.dashboards;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.PlatformDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform database: the configured PostgreSQL or the embedded one, already migrated by {@link PlatformDatabase}
 * (so Boot's Flyway support stays out), pooled here. Providing the {@code DataSource} makes Boot's own DataSource
 * auto-configuration back off. With {@code provision-lens.database.platform=false} another configuration supplies the
 * DataSource instead: the tests supply their shared embedded PostgreSQL that way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "provision-lens.database.platform", havingValue = "true", matchIfMissing = true)
class DatabaseConfiguration {

    static final String HOME_PROPERTY = "provision-lens.home";

    @Bean(destroyMethod = "close")
    PlatformDatabase platformDatabase() {
        String home = System.getProperty(HOME_PROPERTY);
        Path homeDirectory = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return PlatformDatabase.open(DatabaseSettings.fromEnvironment(System.getenv(), homeDirectory.toAbsolutePath()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PlatformDatabase platformDatabase) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("provision-lens");
        config.setDataSource(platformDatabase.dataSource());
        // one per request thread (server.tomcat.threads.max in application.yml)
        config.setMaximumPoolSize(16);
        return new HikariDataSource(config);
    }
}
