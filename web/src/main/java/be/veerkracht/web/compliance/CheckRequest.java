package be.veerkracht.web.compliance;

import be.veerkracht.compliance.EndUseCategory;
import be.veerkracht.compliance.ItemKind;
import be.veerkracht.compliance.TransferKind;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.store.compliance.ItemRef;

/**
 * One export check as asked by the form or {@code POST /api/v1/compliance/checks}: fields {@code item_kind},
 * {@code item_id}, {@code destination}, {@code end_use}, {@code end_use_category} (default unspecified) and
 * {@code transfer} ({@code goods}, the default, or {@code technology_to_supplier}, a part only).
 */
record CheckRequest(ItemRef item, CountryCode destination, String endUse, EndUseCategory endUseCategory,
                    TransferKind transfer) {

    static CheckRequest read(ComplianceInput input) {
        ItemRef item = input.item();
        CountryCode destination = input.country("destination");
        String endUse = input.optional("end_use");
        EndUseCategory category = input.choice("end_use_category", EndUseCategory.class, EndUseCategory.UNSPECIFIED);
        TransferKind transfer = input.choice("transfer", TransferKind.class, TransferKind.GOODS);
        if (transfer == TransferKind.TECHNOLOGY_TO_SUPPLIER && item.kind() != ItemKind.PART) {
            throw ComplianceRefusal.badField("transfer", ComplianceText.ERROR_TECHNOLOGY_PRODUCT);
        }
        return new CheckRequest(item, destination, endUse, category, transfer);
    }
}
