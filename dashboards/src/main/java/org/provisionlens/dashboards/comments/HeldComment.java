package org.provisionlens.dashboards.comments;

/** A comment the anonymiser held for a person to check: its anonymised text, why, and the decision so far. */
record HeldComment(String commentId, String receivedOn, String anonymisedText, String reasons, String decision) {}
