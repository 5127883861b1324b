package be.veerkracht.ingest.write;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Text that the chosen encoding cannot hold (a Polish {@code ł} in Windows-1252). Thrown rather than writing
 * {@code ?}: a name silently changed would no longer match the ERP. The fields let a caller say where, in the
 * user's language; the message is for logs.
 */
public final class UnencodableTextException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int row;
    private final String column;
    private final String text;
    private final transient Charset charset;

    public UnencodableTextException(String file, int row, String column, String text, Charset charset) {
        super(file + ": row " + row + ", " + column + ": '" + text + "' cannot be written in " + charset.name()
                + "; choose UTF-8");
        this.file = file;
        this.row = row;
        this.column = column;
        this.text = text;
        this.charset = charset;
    }

    public String file() {
        return file;
    }

    /** The row as a spreadsheet numbers it: the header is row 1. */
    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }
}
