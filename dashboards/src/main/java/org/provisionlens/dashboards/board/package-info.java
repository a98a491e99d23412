/**
 * The joint commissioning board's pack: the decisions the local authority and its integrated care board face together
 * (health and social care cells at risk or insufficient, the longest NHS waits and services' waits, jointly funded
 * services under pressure), each with its numbers and its reason, as a page ({@code /board}) and a tagged PDF
 * ({@code /board/pack.pdf}). Counts of children of 1 to 4 are shown as "fewer than 5" for every reader: the pack is a
 * document the board circulates.
 */
package org.provisionlens.dashboards.board;
