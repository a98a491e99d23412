/**
 * Sufficiency: demand (EHC plans placed) against places available, per kind of specialist provision, with the gap,
 * the occupancy and how complete the capacity data is. Unknown capacity stays unknown; it is never read as zero.
 */
package org.provisionlens.core.sufficiency;
