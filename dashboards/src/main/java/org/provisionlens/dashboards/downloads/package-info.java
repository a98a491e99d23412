/**
 * What every download of the dashboards shares: CSV lines with formula-like cells made inert, the file name of a
 * table of a published run, and the attachment response.
 */
package org.provisionlens.dashboards.downloads;
