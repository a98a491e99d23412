/** The public overview: what the platform is for and the public summary figures of each published review run. */
package org.provisionlens.dashboards.overview;
