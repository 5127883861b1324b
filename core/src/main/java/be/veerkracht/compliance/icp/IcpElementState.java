package be.veerkracht.compliance.icp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One element of the company's ICP as its owner last recorded it.
 *
 * @param owner      who answers for it (a name or role); null when nobody yet
 * @param evidence   what shows it (a document, a procedure, a training record); null when none yet
 * @param reviewedOn when it was last reviewed; null when never
 */
public record IcpElementState(IcpElement element, IcpStatus status, String owner, String evidence,
                              LocalDate reviewedOn) {

    public IcpElementState {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(status, "status");
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (status == IcpStatus.IN_PLACE && (owner == null || evidence == null)) {
            throw new IllegalArgumentException("ICP element " + element.number()
                    + " can only be in place with an owner and evidence");
        }
    }

    public static IcpElementState notStarted(IcpElement element) {
        return new IcpElementState(element, IcpStatus.NOT_STARTED, null, null, null);
    }
}
