/**
 * The consultation register: who the LA consulted on its Local Offer, when and how, for every group of consultees
 * regulation 54 of the SEND Regulations 2014 names, and which groups it did not consult in a year (the gaps).
 */
package org.provisionlens.core.consultation;
