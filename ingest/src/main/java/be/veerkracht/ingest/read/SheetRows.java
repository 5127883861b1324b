package be.veerkracht.ingest.read;

import be.veerkracht.ingest.schema.Sheet;
import be.veerkracht.portfolio.PortfolioAssembly;
import java.util.Map;

/** Turns the rows of one sheet into portfolio records. One implementation per {@link Sheet}. */
interface SheetRows {

    Sheet sheet();

    /**
     * Reads one row and adds its record to {@code assembly} when every cell could be read; cell problems are
     * already recorded by {@code fields}.
     */
    void read(RowFields fields, Map<String, String> extras, PortfolioAssembly assembly);
}
