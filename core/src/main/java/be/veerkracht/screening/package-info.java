/**
 * Sanctions and denied-party screening: the lists as imported ({@link be.veerkracht.screening.SanctionsList}, one
 * {@link be.veerkracht.screening.ListVersion} each), and the matching of counterparties' names against them.
 */
package be.veerkracht.screening;
