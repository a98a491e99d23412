/**
 * What a joint commissioning board (the LA with its integrated care board) reads about health and social care: the
 * health and social care cells of a published review by LA locality, by the sub-ICB place that is the LA, and by the
 * ICB (every published LA whose place is in the ICB, summed and judged again by the core's verdict rules, with the
 * coverage stated); and the NHS children's community waits by therapy for the ICB, England and the run's provider
 * trusts, month by month against the 18-week standard. Only published runs are read.
 */
package org.provisionlens.dashboards.health;
