/**
 * The command line of the Provision Lens jobs ({@link org.provisionlens.jobs.ProvisionLensJobs}, picocli): one small
 * class per command ({@code run}, {@code validate}, {@code generate}, {@code export}, {@code anonymise},
 * {@code theme}) turning options into a call of the capability's own package, and {@link org.provisionlens.jobs.Launch},
 * where a command runs.
 */
package org.provisionlens.jobs;
