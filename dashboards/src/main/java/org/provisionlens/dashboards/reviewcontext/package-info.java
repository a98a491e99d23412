/**
 * What a sufficiency review is read against: the verdict thresholds its run used (the manifest's, or the defaults),
 * and the NHS community health waiting lists of the local authority's integrated care board beside England's. The
 * review pages show both through {@link org.provisionlens.dashboards.reviewcontext.ReviewContext}; this package knows
 * nothing of the review's cells.
 */
package org.provisionlens.dashboards.reviewcontext;
