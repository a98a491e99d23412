/**
 * Reorganisation proposals and their impact: a proposal is a named set of changes to the Local Offer's services with an
 * effective date; the impact model applies it to a published run (the {@link
 * org.provisionlens.core.reorganisation.Baseline}), finds the children affected, reallocates them (exactly, by minimum
 * cost, see {@link org.provisionlens.core.reallocation.Reallocation}) and compares before and after: sufficiency cells,
 * travel, costs, range, quality and what families said. Nothing here is ever published as the live review.
 *
 * <p>How {@link org.provisionlens.core.reorganisation.ImpactModel#evaluate} works, step by step: {@code
 * ProposalApplier} applies the changes in order (an unknown service is a {@link
 * org.provisionlens.core.reorganisation.ProposalNotApplicable}); {@code Displacement} groups the children whose records
 * name a changed service, grows them to the horizon, and reallocates them to services of the same kind that serve their
 * need, age and support level, with room and within the transport policy's limit (staying costs nothing, a move its
 * journey minutes + 1, overflow 100,000); {@code Uptake} fills the places the proposal adds (a new service, more
 * places, a merge with more), as far as they are spare at the horizon, first with children waiting for that kind of
 * provision, then with those placed out of area who could come back (same suitability and limit; each step exact, at
 * journey minutes, overflow 100,000: they stay waiting or where they are); {@code AfterState} rewrites the records and services as they would be;
 * {@code CellsAfter} assesses again the domains and tiers the proposal touches and compares them with the cells
 * before (worked out once per baseline, scenario, domain and tier by {@code Prepared}); {@code TravelMeasures}, {@code
 * CostMeasures} and {@code RangeAndQuality} give the other measures. {@link
 * org.provisionlens.core.reorganisation.ProposalComparison} puts proposals side by side, and {@link
 * org.provisionlens.core.reorganisation.ImpactFrames} gives the tables as Tablesaw data frames.
 *
 * <p>Proposals are written as YAML or JSON files ({@code jobs/templates/proposal-guide.md}) and read by {@link
 * org.provisionlens.core.reorganisation.ProposalReader}, which reports every problem of a file at once in a {@link
 * org.provisionlens.core.reorganisation.ProposalException}; {@link org.provisionlens.core.reorganisation.ProposalWriter}
 * writes one (built in a form, say) back in that format.
 */
package org.provisionlens.core.reorganisation;
