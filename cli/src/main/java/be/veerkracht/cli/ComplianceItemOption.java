package be.veerkracht.cli;

import be.veerkracht.store.compliance.ItemRef;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --part ID | --product ID}: the item an export-control command is about. */
final class ComplianceItemOption {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    static final class Choice {
        @Option(names = "--part", paramLabel = "ID", description = "A part of the portfolio (part_id).")
        private String part;

        @Option(names = "--product", paramLabel = "ID", description = "One of our products (product_id).")
        private String product;
    }

    ItemRef item() {
        return choice.part != null ? ItemRef.part(choice.part) : ItemRef.product(choice.product);
    }
}
