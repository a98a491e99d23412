/**
 * The audit log: who signed in (and who failed to, or was refused for too many failures), who signed out, who was
 * refused a page, who viewed raw data (a run's quarantined input values, the comments' own words) and who downloaded
 * what, all in {@code audit_event}; and the admins' page that reads it ({@code /admin/audit-log}). Never a password,
 * never the raw values viewed: the address and what was asked for only.
 */
package org.provisionlens.dashboards.auditlog;
