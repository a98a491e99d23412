/**
 * Forecast: demand a few years ahead, with 80% and 95% prediction intervals, and the back-test that chooses the model
 * and says how far to trust it. {@link org.provisionlens.core.forecast.ForecastModel} lists the models (naive, drifts,
 * the LA's own trends, national and regional growth and their blends with own growth);
 * {@link org.provisionlens.core.forecast.RollingBacktest} fits them to every LA at rolling origins using only the years
 * up to each origin, leaving out {@link org.provisionlens.core.forecast.DataBreaks data breaks};
 * {@link org.provisionlens.core.forecast.BacktestTable} summarises the errors and chooses the model;
 * {@link org.provisionlens.core.forecast.ErrorQuantiles} turns the back-test errors into intervals;
 * {@link org.provisionlens.core.forecast.CohortAgeing} carries plans by single year of age forward a year at a time.
 */
package org.provisionlens.core.forecast;
