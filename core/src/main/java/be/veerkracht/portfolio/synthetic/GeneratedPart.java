package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.Part;

/**
 * A part with what the sourcing stage needs to price it.
 *
 * @param referencePriceEur its price per unit from a West-European source, EUR; other regions scale it
 */
record GeneratedPart(Part part, PartCategory category, double referencePriceEur) {
}
