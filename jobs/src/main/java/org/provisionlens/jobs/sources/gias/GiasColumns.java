package org.provisionlens.jobs.sources.gias;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The GIAS extract's column names the platform reads, as the download spells them. */
public final class GiasColumns {

    public static final String URN = "URN";
    public static final String LA_CODE = "LA (code)";
    public static final String LA_NAME = "LA (name)";
    public static final String ESTABLISHMENT_NUMBER = "EstablishmentNumber";
    public static final String NAME = "EstablishmentName";
    public static final String TYPE = "TypeOfEstablishment (name)";
    public static final String STATUS = "EstablishmentStatus (name)";
    public static final String PHASE = "PhaseOfEducation (name)";
    public static final String LOW_AGE = "StatutoryLowAge";
    public static final String HIGH_AGE = "StatutoryHighAge";
    public static final String CAPACITY = "SchoolCapacity";
    public static final String PUPILS = "NumberOfPupils";
    public static final String RESOURCED_PROVISION_TYPE = "TypeOfResourcedProvision (name)";
    public static final String RESOURCED_PROVISION_CAPACITY = "ResourcedProvisionCapacity";
    public static final String RESOURCED_PROVISION_ON_ROLL = "ResourcedProvisionOnRoll";
    public static final String SEN_UNIT_CAPACITY = "SenUnitCapacity";
    public static final String SEN_UNIT_ON_ROLL = "SenUnitOnRoll";
    public static final String EASTING = "Easting";
    public static final String NORTHING = "Northing";
    public static final String POSTCODE = "Postcode";
    public static final String WEBSITE = "SchoolWebsite";
    public static final String TELEPHONE = "TelephoneNum";

    /** Read when the extract has them (GIAS has added and dropped columns over the years). */
    public static final String STREET = "Street";

    public static final String LOCALITY = "Locality";
    public static final String TOWN = "Town";
    public static final String OFSTED_RATING = "OfstedRating (name)";

    /** {@code SEN1 (name)} to {@code SEN13 (name)}: the types of SEN provision the school makes. */
    public static final List<String> SEN =
            IntStream.rangeClosed(1, 13).mapToObj(i -> "SEN" + i + " (name)").toList();

    /** The columns a GIAS extract must have: the ones this reader uses. */
    public static final List<String> REQUIRED = required();

    private GiasColumns() {}

    private static List<String> required() {
        List<String> columns = new ArrayList<>(List.of(
                URN,
                LA_CODE,
                LA_NAME,
                ESTABLISHMENT_NUMBER,
                NAME,
                TYPE,
                STATUS,
                PHASE,
                LOW_AGE,
                HIGH_AGE,
                CAPACITY,
                PUPILS,
                RESOURCED_PROVISION_TYPE,
                RESOURCED_PROVISION_ON_ROLL,
                RESOURCED_PROVISION_CAPACITY,
                SEN_UNIT_ON_ROLL,
                SEN_UNIT_CAPACITY,
                EASTING,
                NORTHING,
                POSTCODE,
                WEBSITE,
                TELEPHONE));
        columns.addAll(SEN);
        return List.copyOf(columns);
    }
}
