package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgMapTests {

    /** One degree square at 59.5-60.5 N: mean latitude of its five ring points (60.5 three times) 60.1, cos 0.49849. */
    static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,60.5],[1,60.5],[1,59.5],[0,59.5],[0,60.5]]]}";

    @Test
    void projectsWithLongitudeScaledByTheCosineOfTheMeanLatitudeAndFitsTheViewBox() {
        String svg = SvgMap.render(
                "m", "A square", List.of(new SvgMap.Shape("a", "A: 1", MapClass.NO_DATA, GeoJson.polygons(SQUARE))));

        // 0.49849 wide by 1 high: the height limits the scale to 580 per degree; 0.49849 * 580 + 10 = 299.1
        assertThat(svg)
                .contains("viewBox=\"0 0 600 600\"")
                .contains("d=\"M10,10L299.1,10L299.1,590L10,590L10,10Z\"")
                .contains("<title id=\"m-title\">A square</title>")
                .contains("<title>A: 1</title>");
    }

    @Test
    void readsMultiPolygonsAndHoles() {
        List<List<List<double[]>>> polygons = GeoJson.polygons(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[2,0],[2,2],[0,0]],[[0.5,0.5],[1,0.5],[1,1],"
                        + "[0.5,0.5]]],[[[3,3],[4,3],[4,4],[3,3]]]]}");

        assertThat(polygons).hasSize(2);
        assertThat(polygons.get(0)).hasSize(2);
        assertThat(polygons.get(1).get(0)).hasSize(4);
        assertThat(polygons.get(1).get(0).get(1)).containsExactly(4.0, 3.0);
        assertThatThrownBy(() -> GeoJson.polygons("{\"type\":\"Point\",\"coordinates\":[0,0]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lsoasAreFilledByTheirLocalitysCell() {
        Cell sale = cell("E02001002", "Sale Central", new BigDecimal("5"));
        List<Boundary> lsoas = List.of(
                new Boundary("E01000001", "Sale 001A", "LSOA", "E02001002", SQUARE),
                new Boundary("E01000002", "Sale 001B", "LSOA", null, SQUARE));

        ReviewMap map = ReviewMap.of(MapMeasure.GAP, List.of(sale), lsoas, "Gap");

        // the only gap is 5: breaks at 3
        assertThat(map.areasDrawn()).isEqualTo(2);
        assertThat(map.svg())
                .contains("<title>Sale 001A (Sale Central): 5 short</title>")
                .contains("<title>Sale 001B: No data</title>");
        assertThat(map.rows()).singleElement().satisfies(row -> {
            assertThat(row.valueText()).isEqualTo("5 short");
            assertThat(row.fill().label()).isEqualTo("Short by 3 or more");
        });
    }

    @Test
    void gapBreaksAreSymmetricAtHalfTheLargestGap() {
        List<Cell> cells = List.of(
                cell("a", "A", new BigDecimal("-9")),
                cell("b", "B", new BigDecimal("4.99")),
                cell("c", "C", BigDecimal.ZERO),
                cell("d", "D", null));
        MapScale scale = MapMeasure.GAP.scale(cells);

        assertThat(scale.half()).isEqualTo(5);
        assertThat(Map.of(
                        "a", MapMeasure.GAP.classOf(cells.get(0), scale).cssClass(),
                        "b", MapMeasure.GAP.classOf(cells.get(1), scale).cssClass(),
                        "c", MapMeasure.GAP.classOf(cells.get(2), scale).cssClass(),
                        "d", MapMeasure.GAP.classOf(cells.get(3), scale).cssClass()))
                .containsEntry("a", "pl-fill--spare-high")
                .containsEntry("b", "pl-fill--short-low")
                .containsEntry("c", "pl-fill--spare-low")
                .containsEntry("d", "pl-fill--no-data");
    }

    static Cell cell(String code, String name, BigDecimal gap) {
        return new Cell(
                new CellRef(code, "ALL", "ALL", "EDUCATION", "SPECIALIST"),
                name,
                "LOCALITY",
                5,
                0,
                5,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                0,
                null,
                null,
                2028,
                BigDecimal.TEN,
                gap,
                "no_data",
                "reason");
    }
}
