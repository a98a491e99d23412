/** The review run: builds the Spark session, runs the stages in order, shows progress, publishes or fails cleanly. */
package org.provisionlens.jobs.run;
