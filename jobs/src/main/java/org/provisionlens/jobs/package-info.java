/** The command line of the Provision Lens jobs: {@code run <manifest>} performs one review run. */
package org.provisionlens.jobs;
