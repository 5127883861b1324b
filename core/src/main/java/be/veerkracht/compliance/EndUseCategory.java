package be.veerkracht.compliance;

/**
 * The declared end use of a shipment, as the catch-all rules read it (Reg. (EU) 2021/821, Art. 4 and 5). The free
 * end-use text is screened by keywords too; a category is the stronger statement.
 */
public enum EndUseCategory {
    /** Nothing declared. */
    UNSPECIFIED,
    /** Civil use declared by the customer. */
    CIVIL,
    /** Military end use (Art. 4(1)(b) when the destination is under an arms embargo). */
    MILITARY,
    /** Chemical, biological or nuclear weapons or missiles that can deliver them (Art. 4(1)(a)). */
    WMD,
    /** Cyber-surveillance items for internal repression or human-rights violations (Art. 5(1)). */
    CYBER_SURVEILLANCE
}
