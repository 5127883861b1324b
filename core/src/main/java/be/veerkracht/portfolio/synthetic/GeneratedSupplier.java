package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.Supplier;
import java.util.List;

/**
 * A supplier with what the later stages need to know about it.
 *
 * @param index       its position in the generated list
 * @param home        the country of its legal entity
 * @param production  the country it usually ships from (its home, or a plant abroad)
 * @param specialties the categories it makes, in enum order
 * @param size        relative share of part numbers it wins within its categories (log-normal: a few suppliers
 *                    carry many parts, as in every vendor master)
 */
record GeneratedSupplier(int index, Supplier supplier, CountryProfile home, CountryProfile production,
                         List<PartCategory> specialties, double size) {
}
