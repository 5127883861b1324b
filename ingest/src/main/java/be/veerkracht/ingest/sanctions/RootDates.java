package be.veerkracht.ingest.sanctions;

import java.time.LocalDate;

/** The publication date an XML list states on its root element ({@code generationDate}, {@code dateGenerated}). */
final class RootDates {

    private RootDates() {
    }

    /**
     * The date part of a root timestamp attribute such as {@code 2026-02-27T00:00:09.554Z}; null when the attribute
     * is absent.
     *
     * @throws InvalidSanctionsListException when it is present and does not start with a real date
     */
    static LocalDate date(String fileName, XmlElement root, String attribute) {
        String value = root.attributes().get(attribute);
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = PartialDates.leadingDateOrNull(value);
        if (date == null) {
            throw new InvalidSanctionsListException(fileName, root.line(), attribute, "not a date: '" + value + "'");
        }
        return date;
    }

    /** The date the file states, or else the one the caller gave the reader (either may be null). */
    static LocalDate orCallerDate(LocalDate fromFile, LocalDate fromCaller) {
        return fromFile != null ? fromFile : fromCaller;
    }
}
