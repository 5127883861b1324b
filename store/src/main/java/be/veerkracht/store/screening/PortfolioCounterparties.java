package be.veerkracht.store.screening;

import be.veerkracht.portfolio.Customer;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Supplier;
import java.util.ArrayList;
import java.util.List;

/** The counterparties of a portfolio to screen: its suppliers, then its customers, in import order. */
public final class PortfolioCounterparties {

    private PortfolioCounterparties() {
    }

    public static List<Counterparty> of(Portfolio portfolio) {
        List<Counterparty> who = new ArrayList<>();
        for (Supplier supplier : portfolio.suppliers()) {
            who.add(new Counterparty("supplier:" + supplier.id().value(),
                    supplier.name() == null ? supplier.id().value() : supplier.name(),
                    supplier.country() == null ? null : supplier.country().alpha2()));
        }
        for (Customer customer : portfolio.customers()) {
            who.add(new Counterparty("customer:" + customer.id().value(), customer.name(),
                    customer.country().alpha2()));
        }
        return List.copyOf(who);
    }
}
