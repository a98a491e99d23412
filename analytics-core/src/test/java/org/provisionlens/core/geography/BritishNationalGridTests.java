package org.provisionlens.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BritishNationalGridTests {

    // OS "A guide to coordinate systems in Great Britain", worked example C.2: TG 51409.903 13177.270 (near Caister)
    private static final double EASTING = 651409.903;
    private static final double NORTHING = 313177.270;

    private static double degrees(int degrees, int minutes, double seconds) {
        return degrees + minutes / 60.0 + seconds / 3600.0;
    }

    @Test
    void invertsTheProjectionAsInTheOrdnanceSurveyWorkedExample() {
        LatLon osgb36 = BritishNationalGrid.toOsgb36(EASTING, NORTHING);

        // OS: 52° 39' 27.2531" N, 1° 43' 4.5177" E; 0.0001" is about 3 mm
        assertThat(osgb36.latitude()).isCloseTo(degrees(52, 39, 27.2531), within(0.0001 / 3600));
        assertThat(osgb36.longitude()).isCloseTo(degrees(1, 43, 4.5177), within(0.0001 / 3600));
    }

    @Test
    void movesTheWorkedExampleToWgs84WithinFiveMetres() {
        LatLon wgs84 = BritishNationalGrid.toWgs84(EASTING, NORTHING);

        // The same point in WGS84 (OSGB36 -> WGS84 Helmert): 52° 39' 28.72" N, 1° 42' 57.79" E.
        // 5 m is 0.000045 degrees of latitude, 0.000074 degrees of longitude at 52.7° N.
        assertThat(wgs84.latitude()).isCloseTo(degrees(52, 39, 28.72), within(0.000045));
        assertThat(wgs84.longitude()).isCloseTo(degrees(1, 42, 57.79), within(0.000074));
    }

    @Test
    void theDatumShiftIsTheUsualHundredOrSoMetres() {
        LatLon osgb36 = BritishNationalGrid.toOsgb36(EASTING, NORTHING);
        LatLon wgs84 = BritishNationalGrid.toWgs84(EASTING, NORTHING);

        double northMetres = (wgs84.latitude() - osgb36.latitude()) * 111_250;
        double eastMetres = (wgs84.longitude() - osgb36.longitude()) * 111_320 * Math.cos(Math.toRadians(52.66));
        assertThat(northMetres).isBetween(40.0, 50.0);
        assertThat(eastMetres).isBetween(-130.0, -120.0);
    }

    @Test
    void refusesPointsOffTheGrid() {
        assertThatThrownBy(() -> BritishNationalGrid.toWgs84(-1, 300000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not on the National Grid");
        assertThatThrownBy(() -> BritishNationalGrid.toWgs84(400000, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anLsoaCentroidNeedsACodeAndAPointOnTheEarth() {
        LsoaCentroid centroid = new LsoaCentroid(" E01006074 ", null, 53.39027646665983, -2.3776238562186487);
        assertThat(centroid.code()).isEqualTo("E01006074");
        assertThat(centroid.point()).isEqualTo(new LatLon(53.39027646665983, -2.3776238562186487));
        assertThatThrownBy(() -> new LsoaCentroid(" ", null, 53, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LsoaCentroid("E01006074", null, 91, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude");
    }
}
