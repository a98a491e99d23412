/**
 * Demand: children and young people with SEN as the platform counts them, from child-level (pseudonymised) records
 * and from published statistics, where a suppressed figure stays suppressed; and the NHS community health waiting lists
 * of children's therapies ({@link org.provisionlens.core.demand.CommunityWait}), context for the review.
 */
package org.provisionlens.core.demand;
