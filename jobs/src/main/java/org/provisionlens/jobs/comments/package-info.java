/**
 * Comments: every comment anonymised before anything else sees its text, then themed (each theme with its own stance
 * and evidence) on the anonymised text; and the command-line tools that do the same to a CSV of comments, so a council
 * can check the anonymiser and the themer on its own labelled comments. Comment text never goes to a log.
 */
package org.provisionlens.jobs.comments;
