/**
 * Who may see what: form login on an own GOV.UK-styled page, users and their roles from configuration
 * ({@code provision-lens.security.users}, bcrypt hashes only), and which pages each role may open.
 */
package org.provisionlens.dashboards.security;
