/**
 * Reorganisation proposals (issue 10): the LA's proposals with their headline impact, uploading one (YAML or JSON) or
 * building one in a form, the impact of one under the low, central and high forecasts, proposals side by side with
 * doing nothing, and the SEN improvement test evidence pack as a page and a tagged PDF. The what-if runs in process:
 * the published run is loaded once into a core {@code Baseline} (cached per published run) and each proposal is
 * evaluated by the core {@code ImpactModel}. Panel members see aggregated counts only (small counts shown as "fewer
 * than 5") and the published anonymised comments; never a child-level record.
 */
package org.provisionlens.dashboards.proposals;
