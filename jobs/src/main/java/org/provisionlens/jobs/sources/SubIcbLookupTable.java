package org.provisionlens.jobs.sources;

import org.apache.spark.sql.SparkSession;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;

/** Placeholder (issue 11, being written): reads format {@link InputFormat#of}. */
public final class SubIcbLookupTable {

    private SubIcbLookupTable() {}

    public static CheckedInput read(SparkSession spark, InputSpec spec) {
        throw new InputException(
                spec.describe() + ": format " + InputFormat.of(spec).code() + " is not read yet");
    }
}
