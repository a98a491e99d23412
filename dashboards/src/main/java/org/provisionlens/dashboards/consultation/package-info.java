/**
 * The consultation register (regulation 54 of the SEND Regulations 2014) and whose voice is heard (regulation 55):
 * {@code /consultation}, each consultee group's activities in the review year with the required groups nobody
 * consulted shown as gaps, and {@code /comments/voices}, the comments by who wrote them and how they came, with what
 * children and young people said on its own. Counts from 1 to 4 are shown as "fewer than 5".
 */
package org.provisionlens.dashboards.consultation;
