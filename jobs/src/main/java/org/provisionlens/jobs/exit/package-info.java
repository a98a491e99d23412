/**
 * The exit codes of the jobs' command line ({@link org.provisionlens.jobs.exit.ExitCode}): a leaf package every
 * command can use.
 */
package org.provisionlens.jobs.exit;
