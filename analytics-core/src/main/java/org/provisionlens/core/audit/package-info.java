/**
 * The Local Offer completeness audit: each Schedule 2 category (SEND Regulations 2014, reg 53) as a list of required
 * elements, each checked against what the listings say by a rule kept as data ({@code schedule2-elements.csv}: which
 * listings, of which domains and tiers, must state which phrases or fill which field), with the evidence of each element
 * met; each listing against the Open Referral UK fields, and whether it can be reached without the internet; and the
 * fixes, most important first.
 */
package org.provisionlens.core.audit;
