package be.veerkracht.portfolio.synthetic;

import be.veerkracht.geo.CountryCode;
import java.util.List;

/**
 * A country as the generator uses it: how often a supplier's legal entity is there, what its industry is good at,
 * how its company names look, and where its companies also produce.
 *
 * @param supplierWeight   relative weight of suppliers with their legal entity here; 0 for a country that only
 *                         hosts production sites
 * @param strengths        categories its suppliers typically make
 * @param cities           industrial towns, used for supplier cities and site names
 * @param nameStems        invented but common-looking company names (family names, Pinyin syllables)
 * @param trades           words for a trade that follow the stem ("Präzisionsteile", "Precision Casting")
 * @param legalForms       legal-form suffixes used there ("NV", "GmbH", "Co., Ltd.")
 * @param cityFirst        true where company names start with the city ("Ningbo Hengda ... Co., Ltd.")
 * @param offshoreSites    countries where its companies also run plants (a German supplier producing in CZ)
 * @param offshoreShare    probability that one of its suppliers ships from such a plant
 */
record CountryProfile(
        CountryCode code,
        double supplierWeight,
        Region region,
        List<PartCategory> strengths,
        List<String> cities,
        List<String> nameStems,
        List<String> trades,
        List<String> legalForms,
        boolean cityFirst,
        List<String> offshoreSites,
        double offshoreShare) {

    /** A company name in this country's manner; all text stays within Windows-1252 so every CSV charset holds it. */
    String companyName(Draws draws, String stem, String city) {
        String name = stem + " " + draws.pick(trades) + " " + draws.pick(legalForms);
        return cityFirst ? city + " " + name : name;
    }
}
