package be.veerkracht.portfolio;

import java.util.Map;
import java.util.Objects;

/**
 * One of our own products, as shipped to customers (a packaging machine, a control cabinet): what export control
 * classifies when it leaves the company. What it is made of is its bill of materials ({@link BomLine}).
 *
 * @param name        what it is called; never blank
 * @param dualUseCode EU Annex I code (Reg. (EU) 2021/821) such as {@code 2B001.a}, validated by
 *                    {@link Part#DUAL_USE_CODE}; null when none given
 * @param hsCode      customs tariff code, digits only ({@link Part#HS_CODE}); null when none given
 * @param attributes  columns of the import this model does not use, kept as text by column name
 */
public record Product(ProductId id, String name, String dualUseCode, String hsCode, Map<String, String> attributes) {

    public Product {
        Objects.requireNonNull(id, "id");
        name = Checks.blankToNull(name);
        if (name == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        dualUseCode = Checks.blankToNull(dualUseCode);
        if (dualUseCode != null && !Part.DUAL_USE_CODE.matcher(dualUseCode).matches()) {
            throw new IllegalArgumentException("dual_use_code is not an Annex I code: " + dualUseCode);
        }
        hsCode = Checks.blankToNull(hsCode);
        if (hsCode != null && !Part.HS_CODE.matcher(hsCode).matches()) {
            throw new IllegalArgumentException("hs_code must be 4 to 10 digits: " + hsCode);
        }
        attributes = Attributes.normalised(attributes);
    }

    /** A product with only the required fields. */
    public static Product of(String id, String name) {
        return new Product(new ProductId(id), name, null, null, Map.of());
    }
}
