package be.veerkracht.compliance.icp;

/**
 * The seven core elements of an Internal Compliance Programme for dual-use trade controls, in the order of
 * Commission Recommendation (EU) 2019/1318 of 30 July 2019, Annex, section 2 (OJ L 205, 5.8.2019, p. 15).
 */
public enum IcpElement {
    /** 1. Top-level management commitment to compliance. */
    MANAGEMENT_COMMITMENT,
    /** 2. Organisation structure, responsibilities and resources. */
    ORGANISATION_RESPONSIBILITIES_RESOURCES,
    /** 3. Training and awareness raising. */
    TRAINING_AWARENESS,
    /** 4. Transaction screening process and procedures. */
    TRANSACTION_SCREENING,
    /** 5. Performance review, audits, reporting and corrective actions. */
    PERFORMANCE_REVIEW_AUDITS,
    /** 6. Recordkeeping and documentation. */
    RECORDKEEPING_DOCUMENTATION,
    /** 7. Physical and information security. */
    PHYSICAL_INFORMATION_SECURITY;

    /** 1 to 7, the number in the Recommendation. */
    public int number() {
        return ordinal() + 1;
    }
}
