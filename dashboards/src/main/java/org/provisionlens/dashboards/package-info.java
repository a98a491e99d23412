/**
 * The dashboards web application: its entry point, the platform database it reads (opened and migrated by the
 * {@code sql} module), the GOV.UK Frontend assets and the page layout; and the published run of each local authority
 * ({@code PublishedRun}, found by {@code PublishedRuns}), the only runs any page shows. Each feature lives in a package
 * of its own.
 */
package org.provisionlens.dashboards;
