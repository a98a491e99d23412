/**
 * Demand: children and young people with SEN as the platform counts them, from child-level (pseudonymised) records
 * and from published statistics, where a suppressed figure stays suppressed.
 */
package org.provisionlens.core.demand;
