/**
 * Comments, the one home of consultation comments in the jobs: their readers and checks (formats {@code comments-csv}
 * and {@code comments-json}, {@link org.provisionlens.jobs.comments.CommentsInput}); every comment anonymised before
 * anything else sees its text, then themed (each theme with its own stance and evidence) on the anonymised text, and
 * linked to services and areas; the comment tables written with COPY in the publisher's transaction ({@link
 * org.provisionlens.jobs.comments.CommentTables}); and the command-line tools that anonymise or theme a CSV of comments,
 * so a council can check the anonymiser and the themer on its own labelled comments. Comment text never goes to a log.
 * It needs ingest, the manifest and COPY, and no stage: sources and publish call it. (The generator's synthetic comments
 * live in {@code generate}.)
 */
package org.provisionlens.jobs.comments;
