/**
 * Themes and stance of consultation comments (regulation 55, "You said, we did"). {@link
 * org.provisionlens.core.comments.themes.ThemeTaxonomy} is the editable list of SEND themes and their cue phrases; {@link
 * org.provisionlens.core.comments.themes.Themer} splits an anonymised comment into clauses, gives each clause the
 * themes it cues and judges each clause's stance with a {@link org.provisionlens.core.comments.themes.StanceLexicon},
 * so one comment can praise one theme and complain about another; a {@code ThemeModel} (a logistic regression per theme
 * trained on real NHS patient feedback, shipped as comments/theme-model.txt) adds themes the cues miss and overrules
 * cues the rest of a comment contradicts, on the four themes it knows; {@link
 * org.provisionlens.core.comments.themes.ThemeTally} counts stances per theme without ever netting praise against
 * complaint. The harness that scores a themer against a labelled set ({@code ThemeEvaluation}) is test code.
 */
package org.provisionlens.core.comments.themes;
