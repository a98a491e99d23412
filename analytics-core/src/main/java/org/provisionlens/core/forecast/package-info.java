/**
 * Forecast: demand a few years ahead from the trend of a yearly series, with 80% and 95% prediction intervals, and
 * the back-test that says how far to trust it (fit on the early years, predict the later ones, measure the error).
 */
package org.provisionlens.core.forecast;
