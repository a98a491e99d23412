package org.provisionlens.dashboards.review;

/** One class of a map's scale: its CSS class (the fill's name), its colour, and what the legend says of it. */
record MapClass(String cssClass, String fill, String label) {

    static final MapClass NO_DATA = new MapClass("pl-fill--no-data", "url(#pl-hatch)", "No data");
}
