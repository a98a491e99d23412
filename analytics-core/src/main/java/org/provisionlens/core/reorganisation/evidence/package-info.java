/**
 * The SEN improvement test evidence pack: for a proposal, each factor the decision makers weigh, with its evidence and
 * numbers, a finding and its reason, and the caveats; rendered as an accessible XHTML document (the web page, and the
 * source of the tagged PDF). The platform gives evidence; the panel decides.
 *
 * <p>Findings come from the central forecast's impact; a factor says when the low or high forecast would change it.
 * Supply of places, journeys, range, quality and places by type of need are measured; access to education,
 * transitional arrangements and the views of parents and young people are counted but need evidence the platform
 * does not hold; specialist staff and accommodation are not measured at all (no staffing or building data), so they
 * say what the panel should ask for. Comments never make a finding on their own, and an unrated new service is "not
 * enough evidence", never "improves".
 */
package org.provisionlens.core.reorganisation.evidence;
