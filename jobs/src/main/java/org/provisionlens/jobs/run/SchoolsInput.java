package org.provisionlens.jobs.run;

import java.util.List;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.sources.SchoolListing;
import org.provisionlens.jobs.sources.gias.GiasExtract;

/**
 * The run's school listing, whichever format it came in (the GIAS-derived Trafford listing or a full GIAS extract):
 * the LA's establishments, the same as services of the offer, and how many accepted rows were about other areas (or,
 * for GIAS, closed).
 */
record SchoolsInput(List<Establishment> establishments, List<Service> services, long outOfScope) {

    static SchoolsInput of(IngestedInput schools, String oldLaCode) {
        if (InputFormat.of(schools.spec()) == InputFormat.GIAS_EXTRACT_CSV) {
            List<Establishment> establishments = GiasExtract.establishments(schools, oldLaCode);
            return new SchoolsInput(
                    establishments,
                    GiasExtract.services(schools, oldLaCode),
                    schools.rowsAccepted() - establishments.size());
        }
        var inArea = SchoolListing.inArea(schools, oldLaCode);
        List<Establishment> establishments = SchoolListing.establishments(inArea);
        return new SchoolsInput(
                establishments,
                SchoolListing.services(schools, inArea),
                schools.rowsAccepted() - establishments.size());
    }
}
