package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

    @Test
    void takesOutTagsAndKeepsTheWordsApartAtBlockEnds() {
        assertThat(HtmlText.toPlainText("<p>Drop-in for parents</p><p>Tuesdays<br/>10am</p>"))
                .isEqualTo("Drop-in for parents Tuesdays 10am");
        assertThat(HtmlText.toPlainText("Run by <strong>trained</strong> staff. <a href=\"x\">More</a>."))
                .isEqualTo("Run by trained staff. More.");
        assertThat(HtmlText.toPlainText("<ul>\n<li>One</li>\n<li>Two</li>\n</ul>"))
                .isEqualTo("One Two");
    }

    @Test
    void decodesEntitiesOnce() {
        assertThat(HtmlText.toPlainText("Parents &amp; carers&nbsp;&ndash; ages 5&#8211;11 &#x2713; &pound;5"))
                .isEqualTo("Parents & carers \u2013 ages 5\u201311 \u2713 \u00A35");
        assertThat(HtmlText.toPlainText("&amp;lt;b&amp;gt;")).isEqualTo("&lt;b&gt;");
        assertThat(HtmlText.toPlainText("&lt;b&gt;not a tag&lt;/b&gt;")).isEqualTo("<b>not a tag</b>");
        assertThat(HtmlText.toPlainText("Tom &unknown; Jerry")).isEqualTo("Tom &unknown; Jerry");
    }

    @Test
    void keepsALessThanSignThatStartsNoTag() {
        assertThat(HtmlText.toPlainText("for ages 5 < 11 and > 3")).isEqualTo("for ages 5 < 11 and > 3");
    }

    @Test
    void dropsScriptsStylesAndComments() {
        assertThat(HtmlText.toPlainText("<style>p{color:red}</style>Hello<!-- note --><script>alert(1)</script>"))
                .isEqualTo("Hello");
    }

    @Test
    void blankIsNull() {
        assertThat(HtmlText.toPlainText("<p>&nbsp;</p>")).isNull();
        assertThat(HtmlText.toPlainText(null)).isNull();
        assertThat(HtmlText.cleanLine("  Stay &amp; Play  ")).isEqualTo("Stay & Play");
    }
}
