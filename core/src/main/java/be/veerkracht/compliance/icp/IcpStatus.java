package be.veerkracht.compliance.icp;

/** Where the company stands on one ICP element. */
public enum IcpStatus {
    NOT_STARTED,
    IN_PROGRESS,
    IN_PLACE,
    /** Was in place; its periodic review is overdue or found gaps. */
    NEEDS_REVIEW
}
