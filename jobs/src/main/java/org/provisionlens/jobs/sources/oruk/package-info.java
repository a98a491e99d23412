/**
 * Open Referral UK (HSDS 3.0) service listings: a saved API response ({@code oruk-json}), a tabular datapackage
 * ({@code oruk-datapackage}) or a live API ({@code oruk-api}), all read in the driver into the canonical {@link
 * org.provisionlens.core.services.Service} with one mapper ({@link HsdsServiceMapper}), so the three forms of one
 * listing give the same services and the same quarantine reasons. {@link OrukReaders#read} dispatches on the format.
 */
package org.provisionlens.jobs.sources.oruk;
