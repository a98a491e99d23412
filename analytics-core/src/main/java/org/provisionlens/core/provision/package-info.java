/**
 * Provision: the kinds of specialist education provision, the DfE primary need codes, the settings that offer places
 * and the rules that classify an establishment record into the kinds of provision it holds.
 */
package org.provisionlens.core.provision;
