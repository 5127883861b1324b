package be.veerkracht.allocation;

import be.veerkracht.compliance.SourcingPermission.Verdict;
import java.util.Objects;

/**
 * What the optimiser does with each export-control verdict on a source (from
 * {@code be.veerkracht.compliance.SourcingCheck}): an explicit input, so nobody inherits a silent allow or forbid.
 * {@link Verdict#ALLOWED} is always usable and {@link Verdict#FORBIDDEN} never; the two others are chosen here.
 *
 * @param withLicence   for {@code ALLOWED_WITH_LICENCE} (a UGEA registration or an individual licence first)
 * @param classifyFirst for {@code CLASSIFY_FIRST} (the part is not classified yet)
 */
public record ExportPolicy(Treatment withLicence, Treatment classifyFirst) {

    /** Usable with a note on the result, usable with a flag asking for action, or excluded. */
    public enum Treatment {
        ALLOW_AND_NOTE,
        ALLOW_AND_FLAG,
        EXCLUDE
    }

    /** The default: licence-bound sources usable with a note, unclassified parts usable but flagged. */
    public static final ExportPolicy DEFAULT = new ExportPolicy(Treatment.ALLOW_AND_NOTE, Treatment.ALLOW_AND_FLAG);
    /** Only sources needing no licence or classification. */
    public static final ExportPolicy STRICT = new ExportPolicy(Treatment.EXCLUDE, Treatment.EXCLUDE);

    public ExportPolicy {
        Objects.requireNonNull(withLicence, "withLicence");
        Objects.requireNonNull(classifyFirst, "classifyFirst");
    }

    /** How a source with {@code verdict} is treated. */
    public Treatment treatment(Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> Treatment.ALLOW_AND_NOTE;
            case ALLOWED_WITH_LICENCE -> withLicence;
            case FORBIDDEN -> Treatment.EXCLUDE;
            case CLASSIFY_FIRST -> classifyFirst;
        };
    }

    public boolean admits(Verdict verdict) {
        return treatment(verdict) != Treatment.EXCLUDE;
    }
}
