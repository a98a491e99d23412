package org.provisionlens.jobs.assess;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.geography.AreaBoundary;

/**
 * The locality of each LSOA: its MSOA. An LSOA's name is its MSOA's name and one letter ("Trafford 025A" is in
 * "Trafford 025"), so the MSOA's code comes from the MSOA boundaries when the run has them; without them the
 * locality is named and coded by the MSOA name.
 */
final class Localities {

    private Localities() {}

    static Map<String, Locality> ofLsoas(List<AreaPopulation> lsoaPopulation, List<AreaBoundary> boundaries) {
        Map<String, String> msoaCodeByName = new HashMap<>();
        for (AreaBoundary boundary : boundaries) {
            if (boundary.level().equals("MSOA") && boundary.name() != null) {
                msoaCodeByName.put(boundary.name(), boundary.code());
            }
        }
        Map<String, Locality> localities = new LinkedHashMap<>();
        for (AreaPopulation area : lsoaPopulation) {
            if (localities.containsKey(area.areaCode())) {
                continue;
            }
            String name = area.areaName();
            String msoaName =
                    name != null && name.matches(".* \\d{3}[A-Z]") ? name.substring(0, name.length() - 1) : name;
            String code = msoaCodeByName.getOrDefault(msoaName, msoaName == null ? area.areaCode() : msoaName);
            localities.put(area.areaCode(), new Locality(code, msoaName == null ? area.areaCode() : msoaName));
        }
        return localities;
    }
}
