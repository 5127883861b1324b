package be.veerkracht.portfolio;

import java.util.Locale;

/** Who owns a tool (mould, die, fixture): owning it means we can move it to another supplier. */
public enum ToolOwner {
    US, SUPPLIER;

    /** The spelling used in files: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
