/**
 * The platform database: a configured PostgreSQL, or the embedded PostgreSQL that the platform starts itself, with the
 * Flyway migrations of {@code sql/migrations} applied. Jobs and dashboards open it the same way and meet only here.
 */
package org.provisionlens.db;
