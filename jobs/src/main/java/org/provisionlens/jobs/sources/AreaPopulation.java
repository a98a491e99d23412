package org.provisionlens.jobs.sources;

/** Residents of one area (an LSOA or a local authority) of one single year of age. */
public record AreaPopulation(String areaCode, String areaName, int age, int persons) {

    public AreaPopulation {
        if (age < 0 || persons < 0) {
            throw new IllegalArgumentException("age and persons cannot be negative");
        }
    }
}
