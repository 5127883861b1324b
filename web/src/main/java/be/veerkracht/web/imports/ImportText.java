package be.veerkracht.web.imports;

import be.veerkracht.web.page.WebText;

/**
 * Every text of the import page and every reason an import is refused, in bundle {@value #BUNDLE} (English base,
 * Dutch, French). The API answers with the English texts of the same keys.
 */
public enum ImportText implements WebText {
    TITLE,
    INTRO,
    FILE_LABEL,
    SUBMIT,
    TEMPLATE_LINK,
    TEMPLATE_HELP,
    CANNOT_IMPORT,
    RESULT,
    RESULT_LINK,
    REFUSED,
    SNAPSHOTS_TITLE,
    NO_SNAPSHOTS,
    SNAPSHOTS_SHOWN,
    COLUMN_ID,
    COLUMN_IMPORTED_AT,
    COLUMN_SOURCE,
    COLUMN_ACTOR,
    COLUMN_PARTS,
    COLUMN_SUPPLIERS,
    COLUMN_SHA256,
    // why an import is refused: first the short error, then its details
    INVALID_PORTFOLIO,
    NO_FILE,
    NO_FILE_HELP,
    NO_FILE_API_HELP,
    UNSUPPORTED,
    UNSUPPORTED_HELP,
    TOO_LARGE,
    TOO_LARGE_HELP,
    BAD_UPLOAD,
    BAD_UPLOAD_HELP,
    BAD_ZIP,
    ZIP_UNREADABLE,
    ZIP_UNSAFE_PATH,
    ZIP_TOO_MANY_ENTRIES,
    ZIP_TOO_LARGE,
    ZIP_NESTED,
    ZIP_DUPLICATE;

    public static final String BUNDLE = "be.veerkracht.web.imports.imports";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
