/**
 * The services of a local authority's published review run: the Local Offer listings after merging, counted by
 * domain and tier (a table and its chart), filtered, sorted by name, paged, downloadable as CSV; and each service's
 * page with every field, its locations and the listings it was merged from, so the merge is visible. Unknown values
 * are shown as unknown, never as zero. Only the published run of a local authority is ever read here.
 */
package org.provisionlens.dashboards.services;
