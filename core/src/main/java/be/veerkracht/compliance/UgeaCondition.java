package be.veerkracht.compliance;

/**
 * The circumstance a Union General Export Authorisation is limited to, beyond destinations and items
 * (Reg. (EU) 2021/821, Annex II). The exporter states it in the {@link ExportQuery}; the engine cannot know it.
 */
public enum UgeaCondition {
    /** Any export of the covered items to the destinations (EU001, EU002, EU005, EU006, EU008). */
    NONE,
    /** Export after repair or replacement of items that were imported for it (EU003). */
    AFTER_REPAIR,
    /** Temporary export for an exhibition or fair (EU004). */
    TEMPORARY_EXHIBITION,
    /** Software or technology sent within the exporter's corporate group (EU007, needs an ICP). */
    INTRA_GROUP
}
