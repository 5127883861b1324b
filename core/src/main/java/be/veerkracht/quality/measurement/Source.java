package be.veerkracht.quality.measurement;

/** Who measured a value. */
public enum Source {
    /** The supplier, on the certificate of analysis that came with the batch. */
    SUPPLIER_CERTIFICATE,
    /** Our own incoming inspection. */
    INCOMING_INSPECTION,
    /** A laboratory (ours or a third party's). */
    LAB
}
