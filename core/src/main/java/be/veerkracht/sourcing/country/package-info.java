/**
 * Choosing the "plus one" country: a {@link be.veerkracht.sourcing.country.CountryMatrix} of candidate countries
 * (from the reference geography, from the article's sample, plus the user's criteria) ranked with any
 * {@link be.veerkracht.sourcing.mcda.RankingMethod}, and {@link be.veerkracht.sourcing.country.Diversification}: the
 * ranking for a part given its incumbent country, with the incumbent's zone and shared footprints excluded or
 * penalised. See docs/mcda.md.
 */
package be.veerkracht.sourcing.country;
