package be.veerkracht.store.user;

/**
 * What a signed-in user may do. Later modules (the web layer, the CLI when it acts for a signed-in user) ask
 * {@link Role#may(Permission)} before acting; this list grows with them, one constant per kind of action.
 */
public enum Permission {
    /** See portfolios, snapshots, assessments, reports and the audit chain. */
    READ,
    /** Import a portfolio (a new snapshot) and edit master data. */
    IMPORT,
    /** Record sourcing decisions: second sources, allocations, buyer actions. */
    RECORD_SOURCING,
    /** Record quality data: supplier qualifications, quality agreements, measurements. */
    RECORD_QUALITY,
    /** Record compliance data: dual-use and export-control classifications, sanctions screening. */
    RECORD_COMPLIANCE,
    /** Add users, change their roles, create and revoke other users' API tokens. */
    MANAGE_USERS
}
