package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * A coded text column read by a core enum's lenient {@code parse} (e.g. {@code SupportLevel::parse}), in Spark: the
 * same parser decides what a check accepts and what the conformed column holds, so the two cannot drift apart. A UDF,
 * because the enums' synonyms live in the core.
 */
public final class CodedColumn {

    /** An enum's lenient parser; serialisable so that Spark can ship it to executors. */
    @FunctionalInterface
    public interface Parser extends Serializable {
        Optional<? extends Enum<?>> parse(String text);
    }

    private CodedColumn() {}

    /** The enum constant's name for the text, or null when the parser does not recognise it. */
    public static Column name(Column text, Parser parser) {
        UDF1<String, String> toName = value ->
                value == null ? null : parser.parse(value).map(Enum::name).orElse(null);
        return udf(toName, DataTypes.StringType).apply(text);
    }
}
