/** The run manifest: one file naming a review run's local authority, period and inputs. */
package org.provisionlens.jobs.manifest;
