package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Supplier;
import be.veerkracht.portfolio.SupplierId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * States a supplier-wide capacity for some suppliers, once their volume is known: their planned volume plus
 * 15–80 % headroom. Only where all their parts share one unit of measure, since the domain defines supplier
 * capacity only "where their units are comparable".
 */
final class SupplierCapacities {

    /** Probability that a supplier with comparable units states a capacity (assumed). */
    static final double STATED_SHARE = 0.3;

    private final Draws draws;

    SupplierCapacities(Draws draws) {
        this.draws = draws;
    }

    List<Supplier> withCapacities(List<GeneratedSupplier> suppliers, List<GeneratedPart> parts,
                                  List<SourcingLink> links) {
        Map<SupplierId, Double> volume = new HashMap<>();
        Map<SupplierId, Set<String>> units = new HashMap<>();
        Map<PartId, GeneratedPart> partById = new HashMap<>();
        parts.forEach(p -> partById.put(p.part().id(), p));
        for (SourcingLink link : links) {
            GeneratedPart part = partById.get(link.part());
            volume.merge(link.supplier(), part.part().annualDemandUnits() * link.share(), Double::sum);
            units.computeIfAbsent(link.supplier(), s -> new HashSet<>()).add(part.part().uom());
        }
        return suppliers.stream().map(s -> withCapacity(s.supplier(), volume.getOrDefault(s.supplier().id(), 0.0),
                units.getOrDefault(s.supplier().id(), Set.of()))).toList();
    }

    private Supplier withCapacity(Supplier supplier, double volume, Set<String> units) {
        boolean stated = draws.chance(STATED_SHARE);
        if (!stated || volume <= 0 || units.size() != 1) {
            return supplier;
        }
        double capacity = Math.round(volume * draws.uniform(1.15, 1.8));
        return new Supplier(supplier.id(), supplier.name(), supplier.country(), supplier.city(),
                supplier.parentGroup(), capacity, supplier.attributes());
    }
}
