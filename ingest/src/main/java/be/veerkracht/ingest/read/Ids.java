package be.veerkracht.ingest.read;

import be.veerkracht.portfolio.CustomerId;
import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.ProductId;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.ToolId;
import java.util.function.Function;

/** Reads master-data keys, reporting a blank or over-long key as a cell problem. */
final class Ids {

    private Ids() {
    }

    static PartId part(RowFields f, String column) {
        return read(f, column, PartId::new);
    }

    static SupplierId supplier(RowFields f, String column) {
        return read(f, column, SupplierId::new);
    }

    static ToolId tool(RowFields f, String column) {
        return read(f, column, ToolId::new);
    }

    static ProductId product(RowFields f, String column) {
        return read(f, column, ProductId::new);
    }

    static CustomerId customer(RowFields f, String column) {
        return read(f, column, CustomerId::new);
    }

    private static <T> T read(RowFields f, String column, Function<String, T> make) {
        String text = f.requiredText(column);
        if (text == null) {
            return null;
        }
        try {
            return make.apply(text);
        } catch (IllegalArgumentException invalid) {
            f.problem(column, ProblemKey.INVALID_ID, text);
            return null;
        }
    }
}
