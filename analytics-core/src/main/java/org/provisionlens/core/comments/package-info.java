/**
 * Comments: what children, young people, parents and professionals said about the Local Offer (regulation 55). Raw
 * text is personal data until anonymised: it stays in restricted storage and never goes to a log.
 */
package org.provisionlens.core.comments;
