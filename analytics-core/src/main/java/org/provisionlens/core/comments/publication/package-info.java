/**
 * What of a comment may be published: regulation 55 publications leave out abusive comments and complaints about an
 * individual (which go to the complaints route instead), and say how many were left out; and disclosure control of
 * what is counted: {@link org.provisionlens.core.comments.publication.StanceCounts} publishes a theme's stances with
 * counts from 1 to 4 shown as "fewer than 5" and, where one small count could be worked out from the total, the next
 * smallest withheld too (complementary suppression).
 */
package org.provisionlens.core.comments.publication;
