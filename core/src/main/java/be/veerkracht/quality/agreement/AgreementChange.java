package be.veerkracht.quality.agreement;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a version of an agreement, when, and why.
 *
 * @param author who agreed or entered it, e.g. {@code an.peeters}
 * @param at     when, UTC
 * @param reason why this version, e.g. {@code first agreement} or {@code USL widened after PPAP of supplier B}
 */
public record AgreementChange(String author, Instant at, String reason) {

    public AgreementChange {
        author = Texts.required(author, "author");
        Objects.requireNonNull(at, "at");
        reason = Texts.required(reason, "reason");
    }
}
