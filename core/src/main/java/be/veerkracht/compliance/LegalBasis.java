package be.veerkracht.compliance;

/**
 * The articles the engine's structure rests on, cited in decisions beside the data rules. They are the shape of the
 * Regulation, not editable data: a change here is a change of the engine. Confidence: read from the project's
 * compiled reference notes and public summaries of Reg. (EU) 2021/821, not yet against the consolidated EUR-Lex text
 * ({@link Confidence#SECONDARY}).
 */
final class LegalBasis {

    static final String REGULATION = "Reg. (EU) 2021/821";

    static final AppliedRule EXPORT_NEEDS_AUTHORISATION = new AppliedRule("ART-3",
            "Exporting an item listed in Annex I out of the Union needs an authorisation.",
            REGULATION + ", Art. 3(1)", Confidence.SECONDARY);

    static final AppliedRule INTRA_EU_TRANSFER = new AppliedRule("ART-11",
            "Inside the Union only Annex IV items need an authorisation to be transferred; other Annex I items move "
                    + "freely.", REGULATION + ", Art. 11(1) and Annex IV", Confidence.SECONDARY);

    static final AppliedRule NOT_IN_ANNEX_I = new AppliedRule("NOT-LISTED",
            "An item not in Annex I needs no dual-use authorisation unless a catch-all (Art. 4, 5) applies.",
            REGULATION + ", Art. 3(1), 4 and 5", Confidence.SECONDARY);

    static final AppliedRule PRINCIPAL_ELEMENT = new AppliedRule("GN-2",
            "Goods that are not listed but contain listed components are controlled when a component is the "
                    + "principal element of the goods and can feasibly be removed or used for other purposes.",
            REGULATION + ", Annex I, General Note 2", Confidence.SECONDARY);

    static final AppliedRule DOMESTIC = new AppliedRule("DOMESTIC",
            "Origin and destination are the same country: neither an export nor a transfer inside the Union.",
            REGULATION + ", Art. 2(2) and 11(1)", Confidence.SECONDARY);

    static final AppliedRule TECHNOLOGY_IS_EXPORTED = new AppliedRule("TECHNOLOGY",
            "Sending the technology for an item (drawings, specifications) to a supplier abroad is an export, or a "
                    + "transfer inside the Union, of the technology for the same Annex I entry.",
            REGULATION + ", Art. 2(2)(iv) and Annex I, product group E", Confidence.SECONDARY);

    static final AppliedRule NO_UGEA_UNDER_ARMS_EMBARGO = new AppliedRule("NO-UGEA-EMBARGO",
            "No general authorisation is used towards a destination under an arms embargo; listed items need an "
                    + "individual licence there.",
            "Modelling choice: the destination lists of Annex II name no country under an EU arms embargo on the "
                    + "state but Russia (EU005), where Reg. (EU) 833/2014 bans the export", Confidence.JUDGEMENT);

    private LegalBasis() {
    }
}
