package be.veerkracht.ingest.read;

import be.veerkracht.portfolio.Portfolio;

/**
 * A portfolio read from a file, with what the store records about where it came from.
 *
 * @param source        the file or folder name the user gave
 * @param format        {@code xlsx}, {@code csv (,)} or {@code csv (;)}
 * @param contentSha256 SHA-256 (hex) of the bytes read: the workbook, or the CSV files in sheet order
 */
public record ImportedPortfolio(Portfolio portfolio, String source, String format, String contentSha256) {
}
