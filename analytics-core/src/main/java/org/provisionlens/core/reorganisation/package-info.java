/**
 * Reorganisation proposals and their impact: a proposal is a named set of changes to the Local Offer's services with an
 * effective date; the impact model applies it to a published run (the {@link
 * org.provisionlens.core.reorganisation.Baseline}), finds the children affected, reallocates them (exactly, by minimum
 * cost, see {@link org.provisionlens.core.reallocation.Reallocation}) and compares before and after: sufficiency cells,
 * travel, costs, range, quality and what families said. Nothing here is ever published as the live review.
 */
package org.provisionlens.core.reorganisation;
