package org.provisionlens.dashboards.placeplanning;

/**
 * Pupils of one type in one year group in one year (unrounded), with the 80% range; {@code dfePupils} is DfE SEN2's
 * count of the same ages in the census year ({@code null}: not available).
 */
record CellRow(
        String scapType,
        int year,
        int yearGroup,
        boolean census,
        double pupils,
        double low80,
        double high80,
        Integer dfePupils) {

    /** "Reception", "Year 1", ... "Year 14". */
    static String yearGroupLabel(int yearGroup) {
        return yearGroup == 0 ? "Reception" : "Year " + yearGroup;
    }
}
