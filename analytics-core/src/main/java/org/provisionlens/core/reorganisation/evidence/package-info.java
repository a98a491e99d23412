/**
 * The SEN improvement test evidence pack: for a proposal, each factor the decision makers weigh, with its evidence and
 * numbers, a finding and its reason, and the caveats; rendered as an accessible XHTML document (the web page, and the
 * source of the tagged PDF). The platform gives evidence; the panel decides.
 */
package org.provisionlens.core.reorganisation.evidence;
