package org.provisionlens.dashboards.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws areas as inline SVG paths: an equirectangular projection with longitude scaled by the cosine of the mean
 * latitude, fitted to a view box 600 wide (at most 600 high). Each area is a path with a {@code <title>} (its name and
 * value); areas with no data are hatched. Holes are cut by the even-odd rule.
 */
final class SvgMap {

    static final double WIDTH = 600;
    static final double MAX_HEIGHT = 600;
    static final double PAD = 10;

    /** One area to draw: its polygons (rings of [longitude, latitude]), its class, and what its title says. */
    record Shape(String code, String title, MapClass fill, List<List<List<double[]>>> polygons) {}

    private SvgMap() {}

    static String render(String id, String title, List<Shape> shapes) {
        double latSum = 0;
        long count = 0;
        for (Shape shape : shapes) {
            for (double[] point : points(shape)) {
                latSum += point[1];
                count++;
            }
        }
        double k = count == 0 ? 1 : Math.cos(Math.toRadians(latSum / count));
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Shape shape : shapes) {
            for (double[] point : points(shape)) {
                double x = point[0] * k;
                double y = -point[1];
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        double dx = Math.max(maxX - minX, 1e-9);
        double dy = Math.max(maxY - minY, 1e-9);
        double scale = (WIDTH - 2 * PAD) / dx;
        if (dy * scale > MAX_HEIGHT - 2 * PAD) {
            scale = (MAX_HEIGHT - 2 * PAD) / dy;
        }
        double height = count == 0 ? 2 * PAD : dy * scale + 2 * PAD;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(id)
                .append("\" class=\"pl-map\" role=\"group\" aria-labelledby=\"")
                .append(id)
                .append("-title\" viewBox=\"0 0 ")
                .append(number(WIDTH))
                .append(' ')
                .append(number(height))
                .append("\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append(HATCH);
        for (Shape shape : shapes) {
            svg.append("<path class=\"pl-map__area ")
                    .append(shape.fill().cssClass())
                    .append("\" data-area=\"")
                    .append(escape(shape.code()))
                    .append("\" role=\"img\" fill=\"")
                    .append(shape.fill().fill())
                    .append("\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"1\" d=\"");
            for (List<List<double[]>> polygon : shape.polygons()) {
                for (List<double[]> ring : polygon) {
                    for (int i = 0; i < ring.size(); i++) {
                        double x = (ring.get(i)[0] * k - minX) * scale + PAD;
                        double y = (-ring.get(i)[1] - minY) * scale + PAD;
                        svg.append(i == 0 ? "M" : "L")
                                .append(number(x))
                                .append(',')
                                .append(number(y));
                    }
                    svg.append('Z');
                }
            }
            svg.append("\"><title>").append(escape(shape.title())).append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    /** The diagonal hatch of areas with no data: colour is never the only cue. */
    static final String HATCH =
            "<defs><pattern id=\"pl-hatch\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\""
                    + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f3f2f1\"/>"
                    + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b1b4b6\" stroke-width=\"4\"/></pattern></defs>";

    private static List<double[]> points(Shape shape) {
        List<double[]> points = new ArrayList<>();
        shape.polygons().forEach(polygon -> polygon.forEach(points::addAll));
        return points;
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
