package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.baseline;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.cell;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.change;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.impact;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.move;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.Impact.Travel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.VerdictCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class EvidencePackHtmlTests {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String HOSTILE = "<script>alert('x')</script> & \"friends\"";

    /** A proposal with a name and a comment no page should trust, and something in every chart. */
    private static String html() {
        EvidenceFixtures.Builder central = impact().affected(6);
        central.proposal = new Proposal(
                "hostile",
                HOSTILE,
                "Close <b>Oak</b>",
                EvidenceFixtures.EFFECTIVE,
                "E08000009",
                List.of(new Change.CloseService("svc-a")));
        central.cells.add(
                change(cell(NeedCode.ASD, AgeBand.AGE_11_15, "Sale"), VerdictCode.SUFFICIENT, VerdictCode.AT_RISK));
        central.moves.add(move(Outcome.MOVES, 15, 4));
        central.moves.add(move(Outcome.OUT_OF_AREA, 16, 2));
        central.before = new Travel(6, 12.0, 20.0, 24.0, 0);
        central.after = new Travel(6, 18.0, 33.0, 40.0, 2);
        central.voices.add(new ServiceComment(
                "svc-a", "c1", "parent", "</td><script>steal()</script> \u0007bell", List.of("Staff (positive)")));
        EvidenceFixtures.Builder high = impact().affected(6);
        high.proposal = central.proposal;
        high.scenario = Scenario.HIGH;
        EvidencePack pack =
                EvidencePack.of(baseline(), Map.of(Scenario.CENTRAL, central.build(), Scenario.HIGH, high.build()));
        return EvidencePackHtml.render(pack);
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Node root, String namespace, String name) {
        NodeList nodes = root instanceof Document d
                ? d.getElementsByTagNameNS(namespace, name)
                : ((Element) root).getElementsByTagNameNS(namespace, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void isOneWellFormedXhtmlDocumentInEnglishWithATitle() throws Exception {
        Document document = parse(html());

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(root.getAttribute("lang")).isEqualTo("en");
        assertThat(elements(document, XHTML, "title"))
                .singleElement()
                .satisfies(t -> assertThat(t.getTextContent()).isEqualTo("SEN improvement test evidence: " + HOSTILE));
        assertThat(elements(document, XHTML, "h1")).hasSize(1);
        // no main landmark of its own: the dashboards put the body inside their page's main
        assertThat(elements(document, XHTML, "main")).isEmpty();
        assertThat(elements(document, XHTML, "article")).hasSize(1);
        // the PDF's description (PDF/UA) names the proposal, escaped like every other text
        assertThat(elements(document, XHTML, "meta"))
                .anySatisfy(meta -> assertThat(meta.getAttribute("content"))
                        .startsWith("The evidence the platform holds on each factor of the SEN improvement test for"
                                + " the proposal \"" + HOSTILE + "\", Trafford, published review run 42."));
    }

    @Test
    void hasOneSectionWithOneH2PerFactorInOrder() throws Exception {
        Document document = parse(html());

        List<Element> factors = elements(document, XHTML, "section").stream()
                .filter(s -> s.getAttribute("class").equals("factor"))
                .toList();
        assertThat(factors).hasSize(EvidencePack.RULES.size()).hasSize(10);
        for (int i = 0; i < factors.size(); i++) {
            List<Element> headings = elements(factors.get(i), XHTML, "h2");
            assertThat(headings).hasSize(1);
            assertThat(headings.get(0).getTextContent())
                    .isEqualTo((i + 1) + ". " + EvidencePack.RULES.get(i).name());
        }
        assertThat(factors.get(3).getTextContent()).contains("Finding: Worsens");
        assertThat(document.getDocumentElement().getTextContent()).contains("Close Oak School sixth form (svc-a)");
    }

    @Test
    void everyTableHasACaptionAndEveryHeaderCellAScope() throws Exception {
        Document document = parse(html());

        List<Element> tables = elements(document, XHTML, "table");
        // summary, verdicts, journeys, outcomes, comments, themes, costs, scenarios
        assertThat(tables).hasSize(8);
        for (Element table : tables) {
            Element first = (Element) table.getElementsByTagNameNS(XHTML, "*").item(0);
            assertThat(first.getLocalName()).isEqualTo("caption");
            assertThat(first.getTextContent()).isNotBlank();
        }
        assertThat(elements(document, XHTML, "th"))
                .isNotEmpty()
                .allSatisfy(th -> assertThat(th.getAttribute("scope")).isIn("col", "row"));
    }

    @Test
    void everyChartIsAnImageWithATitleFollowedByItsTable() throws Exception {
        Document document = parse(html());

        List<Element> charts = elements(document, SVG, "svg");
        assertThat(charts)
                .extracting(c -> c.getAttribute("id"))
                .containsExactly("verdicts-chart", "journeys-chart", "outcomes-chart", "costs-chart");
        for (Element svg : charts) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            Element title = elements(svg, SVG, "title").get(0);
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
            Node next = svg.getParentNode().getNextSibling();
            while (next.getNodeType() != Node.ELEMENT_NODE) {
                next = next.getNextSibling();
            }
            assertThat(next.getLocalName()).isEqualTo("table");
            assertThat(next.getTextContent()).contains(title.getTextContent());
        }
        // journeys: median 12 before, 18 after
        assertThat(elements(document, XHTML, "table").get(2).getTextContent())
                .contains("Median")
                .contains("18");
    }

    @Test
    void userTextIsEscapedAndNothingIsLoadedOrRun() throws Exception {
        String html = html();
        Document document = parse(html);

        assertThat(html).doesNotContain("<script").doesNotContain("<b>Oak");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
        assertThat(html).contains("&lt;/td&gt;&lt;script&gt;steal()&lt;/script&gt; bell");
        assertThat(elements(document, "*", "script")).isEmpty();
        assertThat(elements(document, "*", "link")).isEmpty();
        assertThat(elements(document, "*", "img")).isEmpty();
        assertThat(html).doesNotContain("src=").doesNotContain("href=\"http").doesNotContain("url(http");
    }

    @Test
    void showsTheStatementTheCaveatsAndTheScenariosSideBySide() throws Exception {
        Document document = parse(html());

        assertThat(document.getDocumentElement().getTextContent()).contains(EvidencePack.STATEMENT);
        Element scenarios = elements(document, XHTML, "table").get(7);
        assertThat(scenarios.getTextContent())
                .contains("The proposal under each demand scenario")
                .contains("Central forecast")
                .contains("High (upper end of the 80% forecast interval)");
        Element summary = elements(document, XHTML, "table").get(0);
        assertThat(elements(summary, XHTML, "tr")).hasSize(11);
        assertThat(elements(document, XHTML, "section").stream().map(s -> s.getAttribute("id")))
                .contains("costs", "scenarios", "caveats");
    }
}
