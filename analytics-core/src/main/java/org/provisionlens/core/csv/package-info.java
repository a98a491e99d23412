/** CSV as RFC 4180 writes it, read record by record with the line each record starts on: one reader for the platform. */
package org.provisionlens.core.csv;
