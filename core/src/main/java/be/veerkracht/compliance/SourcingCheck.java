package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.Objects;

/**
 * "May this part be sourced from (its drawings sent to) country CC?", answered by the {@link ExportCheck}: the
 * part's technology sent from the origin (Belgium by default) to a supplier in that country, for manufacture (no
 * end use of concern declared). See {@link SourcingPermission} for the verdicts.
 */
public final class SourcingCheck {

    private final ExportCheck check;
    private final CountryCode origin;

    /** Sourcing for a company in {@link ExportQuery#DEFAULT_ORIGIN}. */
    public SourcingCheck(ExportCheck check) {
        this(check, ExportQuery.DEFAULT_ORIGIN);
    }

    public SourcingCheck(ExportCheck check, CountryCode origin) {
        this.check = Objects.requireNonNull(check, "check");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The permission to send the technology for {@code part} to a supplier in {@code supplierCountry}. */
    public SourcingPermission permission(ExportItem part, CountryCode supplierCountry) {
        ExportQuery query = ExportQuery.of(part, supplierCountry).withOrigin(origin)
                .withTransfer(TransferKind.TECHNOLOGY_TO_SUPPLIER);
        return SourcingPermission.of(check.check(query));
    }
}
