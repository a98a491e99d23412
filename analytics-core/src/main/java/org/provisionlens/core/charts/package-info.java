/**
 * Chart builders: plain (series, category, value) data in, an accessible inline SVG out (JFreeChart drawn onto
 * JFreeSVG, headless, in GOV.UK colours, with {@code role="img"} and a {@code <title>}). No framework; the pages that
 * show a chart also show a table of exactly the numbers it draws.
 */
package org.provisionlens.core.charts;
