package org.provisionlens.jobs.sources;

import java.util.Map;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;

/**
 * DfE's EHC plan figures for one local authority and time period. A {@code null} count is suppressed in the source.
 *
 * @param totalPlans all EHC plans the LA maintains
 * @param plansByKind plans placed in each kind of specialist provision
 * @param plansByKindAndNeed the same, by primary need
 */
public record EhcPlanStatistics(
        String laCode,
        String oldLaCode,
        String laName,
        String timePeriod,
        Integer totalPlans,
        Map<ProvisionKind, Integer> plansByKind,
        Map<ProvisionKind, Map<NeedCode, Integer>> plansByKindAndNeed) {}
