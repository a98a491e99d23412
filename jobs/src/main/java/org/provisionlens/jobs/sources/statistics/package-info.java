/**
 * Statistics: any DfE explore-education-statistics data file (SEN2 EHC plan tables, the school census "Special
 * educational needs in England" tables, of any release year) read generically into long form: one row per time
 * period, area, combination of filters and indicator, with the value or its suppression marker.
 */
package org.provisionlens.jobs.sources.statistics;
