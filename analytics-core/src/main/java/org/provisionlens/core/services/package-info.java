/**
 * Services: the canonical model of the Local Offer's listings, whatever their source (Open Referral UK feeds, GIAS
 * extracts, the service CSV template): domain, tier, needs, ages, locations, capacity, use and waiting, cost, funder,
 * eligibility, quality and review date; an establishment (from the provision package) as the services it offers;
 * and the merge of listings from several sources that are the same service.
 */
package org.provisionlens.core.services;
