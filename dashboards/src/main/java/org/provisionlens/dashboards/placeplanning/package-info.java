/**
 * The specialist place forecast page ({@code /place-forecast}): pupils with EHC plans needing places by SCAP provision
 * type and year group, for the census year and the five years after it, beside the places of each type; its chart,
 * its tables in the shape the DfE asks of councils (SCAP), CSV and XLSX downloads, and the method in words. Reads the
 * published run's {@code place_forecast_*} tables (migration V8).
 */
package org.provisionlens.dashboards.placeplanning;
