package be.veerkracht.compliance;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question to the {@link ExportCheck}: may this item (or its technology) go from the origin to the destination
 * for this end use?
 *
 * @param item           the part or product
 * @param components     a product's bill of materials (empty for a part, or when unknown)
 * @param origin         the member state it leaves from ({@link #DEFAULT_ORIGIN} by default)
 * @param destination    where it goes (for technology: the supplier's country)
 * @param endUseText     what the customer says it is for; blank when nothing was said
 * @param endUseCategory the declared end use
 * @param transfer       goods, or the technology for them sent to a supplier
 * @param circumstances  what the exporter states about the shipment (after repair, exhibition, intra-group)
 */
public record ExportQuery(ExportItem item, List<BomComponent> components, CountryCode origin, CountryCode destination,
                          String endUseText, EndUseCategory endUseCategory, TransferKind transfer,
                          Set<UgeaCondition> circumstances) {

    /** Veerkracht serves Belgian (Flemish) manufacturers: exports leave from Belgium unless said otherwise. */
    public static final CountryCode DEFAULT_ORIGIN = new CountryCode("BE");

    public ExportQuery {
        Objects.requireNonNull(item, "item");
        components = List.copyOf(components);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        endUseText = endUseText == null ? "" : endUseText.strip();
        Objects.requireNonNull(endUseCategory, "endUseCategory");
        Objects.requireNonNull(transfer, "transfer");
        circumstances = Set.copyOf(circumstances);
    }

    /** Goods leaving Belgium, no bill of materials, nothing said about the end use. */
    public static ExportQuery of(ExportItem item, CountryCode destination) {
        return new ExportQuery(item, List.of(), DEFAULT_ORIGIN, destination, "", EndUseCategory.UNSPECIFIED,
                TransferKind.GOODS, Set.of());
    }

    public ExportQuery withComponents(List<BomComponent> bom) {
        return new ExportQuery(item, bom, origin, destination, endUseText, endUseCategory, transfer, circumstances);
    }

    public ExportQuery withOrigin(CountryCode from) {
        return new ExportQuery(item, components, from, destination, endUseText, endUseCategory, transfer,
                circumstances);
    }

    public ExportQuery withEndUse(String text, EndUseCategory category) {
        return new ExportQuery(item, components, origin, destination, text, category, transfer, circumstances);
    }

    public ExportQuery withTransfer(TransferKind kind) {
        return new ExportQuery(item, components, origin, destination, endUseText, endUseCategory, kind,
                circumstances);
    }

    public ExportQuery withCircumstances(Set<UgeaCondition> stated) {
        return new ExportQuery(item, components, origin, destination, endUseText, endUseCategory, transfer, stated);
    }

    /** The same question for another item (e.g. a component as if it were the principal element). */
    public ExportQuery withItem(ExportItem other) {
        return new ExportQuery(other, List.of(), origin, destination, endUseText, endUseCategory, transfer,
                circumstances);
    }

    /** True when the technology, not the goods, leaves. */
    public boolean technology() {
        return transfer == TransferKind.TECHNOLOGY_TO_SUPPLIER;
    }
}
