package be.veerkracht.geo;

/** Memberships and regimes a user can lay over the map; each country has a set of them (reference data). */
public enum Overlay {
    /** Member of NATO. */
    NATO,
    /** Participating state of the Wassenaar Arrangement on export controls. */
    WASSENAAR,
    /** Destination of Union General Export Authorisation EU001 (Reg. (EU) 2021/821, Annex II, Section A). */
    EU001_DESTINATION,
    /** Under an EU arms embargo on the state (Council decisions under the CFSP). */
    EU_ARMS_EMBARGO
}
