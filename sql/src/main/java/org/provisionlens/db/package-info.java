/**
 * The platform database: a configured PostgreSQL, or the embedded PostgreSQL that the platform starts itself, with the
 * Flyway migrations of {@code sql/migrations} applied. Jobs and dashboards open it the same way and meet only here.
 * The tests' embedded database ({@code TestDatabases}) is in this module's test jar, not here.
 */
package org.provisionlens.db;
