package be.veerkracht.compliance.licence;

/**
 * The authorisations a Belgian exporter holds (Regulation (EU) 2021/821, Art. 2(11)–(16) and Art. 12): an
 * individual licence for one end user and stated items; a global licence for types of items to one or more end
 * users or countries; and the registration an exporter makes before first using a Union General Export
 * Authorisation (Annex II, Part 3 of each UGEA).
 */
public enum LicenceKind {
    INDIVIDUAL,
    GLOBAL,
    UGEA_REGISTRATION
}
