package org.provisionlens.dashboards.security;

/** The roles of the platform (see DESIGN.md, "Who sees what"). */
enum Role {
    COMMISSIONER,
    BOARD,
    PANEL,
    ADMIN
}
