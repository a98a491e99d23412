/** Who funds what: each service's funders and shares, totals by funder and domain, the jointly funded services. */
package org.provisionlens.dashboards.funding;
