package be.veerkracht.compliance;

/**
 * What leaves: the goods themselves, or the technology for them (drawings, specifications) sent to a supplier who is
 * to make them. Technology is an export in its own right (Reg. (EU) 2021/821, Art. 2(2)(iv), transmission of
 * software or technology by electronic media), of the technology for the same entry.
 */
public enum TransferKind {
    GOODS,
    TECHNOLOGY_TO_SUPPLIER
}
