package be.veerkracht.compliance;

import java.util.Objects;

/**
 * A part in a product's bill of materials, with its classification: a listed component in a not-listed product
 * asks for a principal-element review (General Note 2 to Annex I).
 */
public record BomComponent(String partId, ControlStatus status) {

    public BomComponent {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(status, "status");
    }
}
