package be.veerkracht.store.quality;

import java.time.Instant;

/**
 * What a set of measurements arrived in (table {@code quality_batch}).
 *
 * @param ref              the row's id, which each measurement names ({@code quality_measurement.batch_ref})
 * @param channel          {@code API} (a supplier's batch) or {@code FILE} (an import)
 * @param supplierId       the supplier for {@code API}, null for {@code FILE}
 * @param batchId          the supplier's batch ID for {@code API}, null for {@code FILE}
 * @param sourceFile       the file name for {@code FILE}, null for {@code API}
 * @param contentSha256    SHA-256 of the content: the file's bytes, or the batch's measurements
 *                         ({@link MeasurementStore#contentSha256})
 * @param measurementCount measurements stored with it
 * @param receivedBy       the user, or for {@code API} the supplier token's prefix
 * @param receivedAt       when, UTC
 * @param auditSeq         the audit entry written with it
 */
public record StoredBatch(long ref, String channel, String supplierId, String batchId, String sourceFile,
                          String contentSha256, int measurementCount, String receivedBy, Instant receivedAt,
                          long auditSeq) {
}
