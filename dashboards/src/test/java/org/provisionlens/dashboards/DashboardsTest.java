package org.provisionlens.dashboards;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, over the shared embedded PostgreSQL of the test JVM instead of the platform
 * database ({@code provision-lens.database.platform=false} turns {@code DatabaseConfiguration} off), with the demo
 * profile's documented users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "provision-lens.database.platform=false")
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
public @interface DashboardsTest {}
