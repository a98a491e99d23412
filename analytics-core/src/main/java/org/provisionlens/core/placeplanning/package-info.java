/**
 * Place planning: the specialist place forecast in the shape the DfE asks of councils (the SCAP specialist provision
 * forecast). Pupils with EHC plans by SCAP provision type ({@link org.provisionlens.core.placeplanning.ScapType}) and
 * National Curriculum year group ({@link org.provisionlens.core.placeplanning.YearGroup}, Reception to Year 14) at the
 * January census, rolled forward year by year ({@link org.provisionlens.core.placeplanning.PlaceForecast}): cohorts age
 * a year, each age band's total follows the EHC plan forecast, and each year group keeps the census year's placement
 * mix. The places of each type come from the run's services ({@link org.provisionlens.core.placeplanning.ScapSettings});
 * unknown places stay unknown.
 */
package org.provisionlens.core.placeplanning;
