/**
 * The specialist education sufficiency of a local authority's published review run: its headline figures, places
 * against EHC plans by kind of specialist provision (unknown places shown as unknown, never as zero), plans by primary
 * need, the settings behind them, two charts with their data tables, and CSV downloads of each table. Only the
 * published run of a local authority is ever read here.
 */
package org.provisionlens.dashboards.sufficiency;
