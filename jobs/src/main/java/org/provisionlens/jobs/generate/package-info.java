/**
 * A deterministic synthetic data generator calibrated on DfE's published EHC plan statistics: child-level demand
 * records, a catalogue of services sized around that demand, consultation comments, optional deliberately broken rows
 * with a key to them, and a run manifest naming the files. Entry point: {@link
 * org.provisionlens.jobs.generate.GenerateCommand}.
 */
package org.provisionlens.jobs.generate;
