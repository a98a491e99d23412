package org.provisionlens.dashboards.health;

import org.provisionlens.dashboards.PublishedRun;

/** A published review whose place (sub-ICB location) is in the ICB: the LA's run and its place. */
record IcbMember(PublishedRun run, String subIcbCode, String subIcbName) {}
