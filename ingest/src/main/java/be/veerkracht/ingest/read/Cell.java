package be.veerkracht.ingest.read;

import java.time.LocalDateTime;

/**
 * One cell as the file holds it. CSV gives only text; a workbook keeps the type its cell had, so a number typed in
 * Excel is never re-parsed from a locale-dependent display string.
 */
public sealed interface Cell {

    /** An empty cell, or one holding only blanks. */
    record Empty() implements Cell {
    }

    /** Text, trimmed; never blank. */
    record Text(String value) implements Cell {
    }

    /** A numeric workbook cell (Excel stores every number as an IEEE 754 double). */
    record Number(double value) implements Cell {
    }

    /** A boolean workbook cell. */
    record Bool(boolean value) implements Cell {
    }

    /** A numeric workbook cell formatted as a date. */
    record Date(LocalDateTime value) implements Cell {
    }

    Empty EMPTY = new Empty();

    /** Text cell, or {@link #EMPTY} when the text is blank. */
    static Cell text(String raw) {
        if (raw == null) {
            return EMPTY;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? EMPTY : new Text(stripped);
    }
}
