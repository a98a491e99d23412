package org.provisionlens.jobs.assess;

import java.util.List;
import java.util.Map;
import org.provisionlens.core.placeplanning.BandGrowth;
import org.provisionlens.core.placeplanning.PlaceForecast;
import org.provisionlens.core.placeplanning.ScapSettings;
import org.provisionlens.core.placeplanning.ScapType;
import org.provisionlens.core.placeplanning.YearGroup;

/**
 * The specialist place forecast of a run in SCAP shape: pupils with EHC plans by type and year group at the census and
 * for the years after it, beside the places of each type.
 *
 * @param pupilsAllAges pupils of each type at the census from the child records, of any age
 * @param pupilsOutsideYearGroups those of them younger than 4 or older than 18 (not in Reception to Year 14)
 * @param dfeAllAges DfE SEN2's plans placed in each type, all ages; {@code null} when the run has no SEN2 placement
 *     counts; a type missing from the map is suppressed by DfE
 * @param dfeByYearGroup the same by year group (age at January - 4); {@code null} when the run has none
 */
public record PlacePlanning(
        PlaceForecast.Projection projection,
        List<ScapSettings.Places> places,
        List<ScapSettings.Setting> settings,
        Map<ScapType, Integer> pupilsAllAges,
        Map<ScapType, Integer> pupilsOutsideYearGroups,
        Map<ScapType, Integer> dfeAllAges,
        Map<ScapType, Map<YearGroup, Integer>> dfeByYearGroup,
        List<BandGrowth> growth) {

    /** How many years after the census the SCAP forecast covers. */
    public static final int YEARS_AHEAD = 5;
}
