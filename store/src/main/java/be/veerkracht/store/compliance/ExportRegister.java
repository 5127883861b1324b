package be.veerkracht.store.compliance;

import be.veerkracht.compliance.BomComponent;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.DualUseCode;
import be.veerkracht.compliance.ExportItem;
import be.veerkracht.compliance.ItemKind;
import be.veerkracht.portfolio.BomLine;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Product;
import be.veerkracht.portfolio.ProductId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The export-control register of a portfolio: every part and product with its status: the recorded classification
 * when there is one, else the import's {@code dual_use_code} (listed), else unclassified. An empty code column never
 * counts as "not listed": only a recorded classification says so, with its reason. Builds the items the export check
 * asks about, a product with its bill of materials.
 */
public final class ExportRegister {

    private final Portfolio portfolio;
    private final Map<ItemRef, Classification> recorded;

    public ExportRegister(Portfolio portfolio, Map<ItemRef, Classification> recorded) {
        this.portfolio = portfolio;
        this.recorded = Map.copyOf(recorded);
    }

    /** Parts in portfolio order, then products. */
    public List<RegisterEntry> entries() {
        List<RegisterEntry> entries = new ArrayList<>();
        for (Part part : portfolio.parts()) {
            entries.add(entry(ItemRef.part(part.id().value()), part.description(), part.dualUseCode()));
        }
        for (Product product : portfolio.products()) {
            entries.add(entry(ItemRef.product(product.id().value()), product.name(), product.dualUseCode()));
        }
        return List.copyOf(entries);
    }

    /** The item's entry; empty when the portfolio has no such part or product. */
    public Optional<RegisterEntry> entry(ItemRef item) {
        if (item.kind() == ItemKind.PART) {
            return portfolio.part(new PartId(item.id()))
                    .map(part -> entry(item, part.description(), part.dualUseCode()));
        }
        return portfolio.product(new ProductId(item.id()))
                .map(product -> entry(item, product.name(), product.dualUseCode()));
    }

    /** The item as the export check sees it. */
    public ExportItem exportItem(RegisterEntry entry) {
        return entry.item().kind() == ItemKind.PART ? ExportItem.part(entry.item().id(), entry.status())
                : ExportItem.product(entry.item().id(), entry.status());
    }

    /** A product's bill of materials with each part's status; empty for a part. */
    public List<BomComponent> components(ItemRef item) {
        if (item.kind() != ItemKind.PRODUCT) {
            return List.of();
        }
        List<BomComponent> components = new ArrayList<>();
        for (BomLine line : portfolio.bomOf(new ProductId(item.id()))) {
            ItemRef part = ItemRef.part(line.part().value());
            entry(part).ifPresent(found -> components.add(new BomComponent(part.id(), found.status())));
        }
        return List.copyOf(components);
    }

    private RegisterEntry entry(ItemRef item, String name, String importedCode) {
        Classification classification = recorded.get(item);
        if (classification != null) {
            return new RegisterEntry(item, name, classification.status(), RegisterEntry.Source.RECORDED,
                    classification);
        }
        if (importedCode != null) {
            return new RegisterEntry(item, name, new ControlStatus.Listed(DualUseCode.parse(importedCode)),
                    RegisterEntry.Source.IMPORTED_CODE, null);
        }
        return new RegisterEntry(item, name, new ControlStatus.Unclassified(), RegisterEntry.Source.NONE, null);
    }
}
