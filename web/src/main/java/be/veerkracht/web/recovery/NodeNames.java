package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.DisruptedNode;
import be.veerkracht.exposure.recovery.NodeKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.SuppliersView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a node is named and where it links to on the pages, in one visitor's language. */
final class NodeNames {

    private final Labels text;
    private final ReferenceGeography geography;
    private final Portfolio portfolio;

    NodeNames(Labels text, ReferenceGeography geography, Portfolio portfolio) {
        this.text = text;
        this.geography = geography;
        this.portfolio = portfolio;
    }

    /** A supplier with its name, a zone with its name in this language, a site or a footprint by its id. */
    String label(DisruptedNode node) {
        return switch (node.kind()) {
            case SUPPLIER -> portfolio.supplier(new SupplierId(node.id())).map(s -> s.name())
                    .filter(name -> name != null && !name.isBlank()).map(name -> node.id() + " " + name)
                    .orElse(node.id());
            case ZONE -> {
                String name = text.zone(geography, node.id());
                yield name.equals(node.id()) ? name : name + " (" + node.id() + ")";
            }
            case SITE, FOOTPRINT -> node.id();
        };
    }

    /**
     * The page behind a node: a supplier's page (a site: its supplier's), the parts produced in a zone; null for a
     * footprint, which has no page.
     */
    String href(DisruptedNode node) {
        return switch (node.kind()) {
            case SUPPLIER -> SuppliersView.path(node.id());
            case SITE -> SuppliersView.path(supplierOfSite(node.id()));
            case ZONE -> "/parts?zone=" + URLEncoder.encode(node.id(), StandardCharsets.UTF_8);
            case FOOTPRINT -> null;
        };
    }

    String kind(NodeKind kind) {
        return text.get(RecoveryText.valueOf("KIND_" + kind.name()));
    }

    /** The supplier of a site id {@code SUPPLIER/site}. */
    static String supplierOfSite(String siteId) {
        int slash = siteId.indexOf('/');
        return slash < 0 ? siteId : siteId.substring(0, slash);
    }
}
