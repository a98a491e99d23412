/**
 * Reallocation: children who lose their place or service are assigned to suitable alternatives with spare capacity by
 * an exact capacitated minimum-cost assignment (JGraphT's capacity-scaling minimum-cost flow), with overflow when
 * nothing suitable fits. The caller decides what is suitable (need, age, journey limit) by the options it offers.
 */
package org.provisionlens.core.reallocation;
