package org.provisionlens.core.geography;

/**
 * Ordnance Survey National Grid eastings and northings (OSGB36, as GIAS gives school locations) to latitude and
 * longitude, after OS's "A guide to coordinate systems in Great Britain": the inverse transverse Mercator projection on
 * the Airy 1830 ellipsoid gives OSGB36 latitude and longitude; a seven-parameter Helmert transformation moves them to
 * WGS84. The Helmert step is good to about 5 m across Great Britain, enough for travel distances to schools (OSTN15
 * would be needed for centimetres).
 */
public final class BritishNationalGrid {

    // Airy 1830 ellipsoid and the National Grid's true origin
    private static final double AIRY_A = 6377563.396;
    private static final double AIRY_B = 6356256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100000;
    private static final double E0 = 400000;

    // GRS80 / WGS84 ellipsoid
    private static final double WGS84_A = 6378137.000;
    private static final double WGS84_B = 6356752.3142;

    // OSGB36 to WGS84 Helmert parameters (metres, parts per million, arc seconds)
    private static final double TX = 446.448;
    private static final double TY = -125.157;
    private static final double TZ = 542.060;
    private static final double SCALE_PPM = -20.4894;
    private static final double RX = 0.1502;
    private static final double RY = 0.2470;
    private static final double RZ = 0.8421;

    /** The grid covers Great Britain and its islands: eastings 0-700 km, northings 0-1,300 km. */
    private static final double MAX_EASTING = 700_000;

    private static final double MAX_NORTHING = 1_300_000;

    private BritishNationalGrid() {}

    /** WGS84 latitude and longitude of a National Grid point (metres). */
    public static LatLon toWgs84(double easting, double northing) {
        LatLon osgb36 = toOsgb36(easting, northing);
        double[] cartesian = toCartesian(osgb36, AIRY_A, AIRY_B);
        double[] wgs84 = helmert(cartesian);
        return toLatLon(wgs84, WGS84_A, WGS84_B);
    }

    /** OSGB36 latitude and longitude (on the Airy 1830 ellipsoid) of a National Grid point (metres). */
    public static LatLon toOsgb36(double easting, double northing) {
        if (!(easting >= 0 && easting <= MAX_EASTING && northing >= 0 && northing <= MAX_NORTHING)) {
            throw new IllegalArgumentException("easting " + easting + ", northing " + northing
                    + " is not on the National Grid (eastings 0-700000, northings 0-1300000)");
        }
        double a = AIRY_A;
        double b = AIRY_B;
        double e2 = 1 - (b * b) / (a * a);
        double n = (a - b) / (a + b);

        double lat = LAT0;
        double meridional = 0;
        do {
            lat = (northing - N0 - meridional) / (a * F0) + lat;
            meridional = meridionalArc(lat, b, n);
        } while (Math.abs(northing - N0 - meridional) >= 0.00001);

        double sinLat = Math.sin(lat);
        double nu = a * F0 / Math.sqrt(1 - e2 * sinLat * sinLat);
        double rho = a * F0 * (1 - e2) / Math.pow(1 - e2 * sinLat * sinLat, 1.5);
        double eta2 = nu / rho - 1;
        double tan = Math.tan(lat);
        double tan2 = tan * tan;
        double tan4 = tan2 * tan2;
        double tan6 = tan4 * tan2;
        double sec = 1 / Math.cos(lat);

        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan2 + 45 * tan4);
        double x = sec / nu;
        double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan2);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan2 + 24 * tan4);
        double xiia = sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);

        double de = easting - E0;
        double latitude = lat - vii * Math.pow(de, 2) + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
        double longitude = LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
        return new LatLon(Math.toDegrees(latitude), Math.toDegrees(longitude));
    }

    /** The meridional arc from the true origin's latitude to {@code lat}, scaled by F0 (OS guide, equation C3). */
    private static double meridionalArc(double lat, double b, double n) {
        double n2 = n * n;
        double n3 = n2 * n;
        double dLat = lat - LAT0;
        double sLat = lat + LAT0;
        return b
                * F0
                * ((1 + n + 1.25 * n2 + 1.25 * n3) * dLat
                        - (3 * n + 3 * n2 + 21.0 / 8 * n3) * Math.sin(dLat) * Math.cos(sLat)
                        + (15.0 / 8 * n2 + 15.0 / 8 * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                        - 35.0 / 24 * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }

    private static double[] toCartesian(LatLon point, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double lat = Math.toRadians(point.latitude());
        double lon = Math.toRadians(point.longitude());
        double sinLat = Math.sin(lat);
        double nu = a / Math.sqrt(1 - e2 * sinLat * sinLat);
        return new double[] {
            nu * Math.cos(lat) * Math.cos(lon), nu * Math.cos(lat) * Math.sin(lon), (1 - e2) * nu * sinLat
        };
    }

    private static double[] helmert(double[] p) {
        double s = 1 + SCALE_PPM / 1e6;
        double rx = Math.toRadians(RX / 3600);
        double ry = Math.toRadians(RY / 3600);
        double rz = Math.toRadians(RZ / 3600);
        return new double[] {
            TX + s * p[0] - rz * p[1] + ry * p[2],
            TY + rz * p[0] + s * p[1] - rx * p[2],
            TZ - ry * p[0] + rx * p[1] + s * p[2]
        };
    }

    private static LatLon toLatLon(double[] p, double a, double b) {
        double e2 = 1 - (b * b) / (a * a);
        double horizontal = Math.hypot(p[0], p[1]);
        double lat = Math.atan2(p[2], horizontal * (1 - e2));
        double previous;
        do {
            previous = lat;
            double sinLat = Math.sin(lat);
            double nu = a / Math.sqrt(1 - e2 * sinLat * sinLat);
            lat = Math.atan2(p[2] + e2 * nu * sinLat, horizontal);
        } while (Math.abs(lat - previous) > 1e-12);
        return new LatLon(Math.toDegrees(lat), Math.toDegrees(Math.atan2(p[1], p[0])));
    }
}
