/**
 * The Local Offer completeness audit: the listings against the Schedule 2 categories (SEND Regulations 2014, reg 53)
 * and the Code's tiers, the gaps in each listing, and the fixes, most important first.
 */
package org.provisionlens.core.audit;
