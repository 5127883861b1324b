package be.veerkracht.web.api;

import be.veerkracht.exposure.SupplierExposure;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.web.app.AssessedSnapshot;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/suppliers} as JSON (schema {@code Suppliers} of the OpenAPI document). */
final class SupplierDocuments {

    private SupplierDocuments() {
    }

    static ObjectNode list(AssessedSnapshot assessed, ReferenceGeography geography) {
        ObjectNode root = Json.object();
        root.put("snapshot_id", assessed.snapshot().info().id());
        ArrayNode suppliers = root.putArray("suppliers");
        for (SupplierExposure e : assessed.suppliers()) {
            ObjectNode node = suppliers.addObject()
                    .put("supplier_id", e.supplier().id().value())
                    .put("name", e.supplier().name())
                    .put("country", e.supplier().country().alpha2())
                    .put("zone", geography.zoneOf(e.supplier().country()).orElse("UNKNOWN"))
                    .put("parts", e.activeParts())
                    .put("single_sourced_parts", e.soleSourceParts())
                    .put("critical_single_sourced_parts", e.criticalSoleSource())
                    .put("candidate_parts", e.candidateParts())
                    .put("annual_spend_eur", e.annualSpendEur());
            ArrayNode countries = node.putArray("producing_countries");
            e.producingCountries().forEach(c -> countries.add(c.alpha2()));
        }
        return root;
    }
}
