package org.provisionlens.jobs.sources.oruk;

import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;

/** The one entry for Open Referral UK inputs: reads a spec with the reader its format names. */
public final class OrukReaders {

    private OrukReaders() {}

    public static ReadResult<Service> read(InputSpec spec) {
        InputFormat format = InputFormat.forCode(spec.format())
                .orElseThrow(() -> new InputException(spec.describe() + ": unknown format " + spec.format()));
        return switch (format) {
            case ORUK_JSON -> OrukJsonReader.read(spec);
            case ORUK_DATAPACKAGE -> OrukDatapackageReader.read(spec);
            case ORUK_API -> OrukApiReader.read(spec);
            default ->
                throw new InputException(spec.describe() + ": format " + spec.format()
                        + " is not an Open Referral UK format (oruk-json, oruk-datapackage, oruk-api)");
        };
    }

    /** Whether the format is one of the three this package reads. */
    public static boolean reads(String format) {
        return InputFormat.ORUK_JSON.code().equals(format)
                || InputFormat.ORUK_DATAPACKAGE.code().equals(format)
                || InputFormat.ORUK_API.code().equals(format);
    }
}
