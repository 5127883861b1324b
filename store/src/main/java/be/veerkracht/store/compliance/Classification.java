package be.veerkracht.store.compliance;

import be.veerkracht.compliance.ControlStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded classification of one of our items: listed under an Annex I entry or explicitly not listed, who
 * classified it (a person, or the authority's ruling), when, why and on what evidence.
 *
 * @param status      {@link ControlStatus.Listed} or {@link ControlStatus.NotListed}; never unclassified (that is
 *                    the absence of a record)
 * @param classifiedBy who made the classification: a name, or e.g. "CSG ruling 2026/0123"
 * @param reason       why: the entry's wording that applies, or why no entry does
 * @param evidence     what supports it (data sheet, ruling, test report); null when none
 * @param recordedBy   the user who entered it
 * @param auditSeq     the audit entry that recorded it
 */
public record Classification(ItemRef item, ControlStatus status, String classifiedBy, LocalDate classifiedOn,
                             String reason, String evidence, String recordedBy, Instant recordedAt, long auditSeq) {

    public Classification {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        if (status instanceof ControlStatus.Unclassified) {
            throw ComplianceException.of(ComplianceProblem.UNCLASSIFIED_STATUS, item);
        }
        Objects.requireNonNull(classifiedBy, "classifiedBy");
        Objects.requireNonNull(classifiedOn, "classifiedOn");
        Objects.requireNonNull(reason, "reason");
        if (classifiedBy.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a classification of " + item + " needs who classified it and why");
        }
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }
}
