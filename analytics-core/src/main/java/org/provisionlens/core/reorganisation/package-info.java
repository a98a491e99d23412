/**
 * Reorganisation proposals and their impact: a proposal is a named set of changes to the Local Offer's services with an
 * effective date; the impact model applies it to a published run (the {@link
 * org.provisionlens.core.reorganisation.Baseline}), finds the children affected, reallocates them (exactly, by minimum
 * cost, see {@link org.provisionlens.core.reallocation.Reallocation}) and compares before and after: sufficiency cells,
 * travel, costs, range, quality and what families said. Nothing here is ever published as the live review.
 *
 * <p>Proposals are written as YAML or JSON files ({@code jobs/templates/proposal-guide.md}) and read by {@link
 * org.provisionlens.core.reorganisation.ProposalReader}, which reports every problem of a file at once in a {@link
 * org.provisionlens.core.reorganisation.ProposalException}; {@link org.provisionlens.core.reorganisation.ProposalWriter}
 * writes one (built in a form, say) back in that format.
 */
package org.provisionlens.core.reorganisation;
