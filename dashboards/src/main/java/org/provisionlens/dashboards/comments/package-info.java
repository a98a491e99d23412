/**
 * "You said, we did" (regulation 55): the public report of what people said about each theme of the published
 * comments (anonymised text only, small numbers suppressed by the core's StanceCounts, comments held for review left
 * out and counted), the council's responses and actions, its Easy Read version written from the same report, both as
 * tagged PDFs (PDF/UA), the form commissioners use to record responses, and the comments of each service with theme
 * trends. Raw comment text (comment_received) is never read here.
 */
package org.provisionlens.dashboards.comments;
