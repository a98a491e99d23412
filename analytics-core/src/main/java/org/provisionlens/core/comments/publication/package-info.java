/**
 * What of a comment may be published: regulation 55 publications leave out abusive comments and complaints about an
 * individual (which go to the complaints route instead), and say how many were left out.
 */
package org.provisionlens.core.comments.publication;
