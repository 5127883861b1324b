package be.veerkracht.screening;

/** The sanctions and denied-party lists Veerkracht reads, each in its official export format. */
public enum ListSource {
    /** EU consolidated list of financial sanctions, Financial Sanctions Files XML v1.1. */
    EU,
    /** UN Security Council consolidated list, XML. */
    UN,
    /** US Treasury OFAC Specially Designated Nationals list, SDN/ADD/ALT CSV. */
    OFAC,
    /** OpenSanctions {@code targets.simple.csv}; data licence CC BY-NC 4.0 (commercial use needs a licence). */
    OPENSANCTIONS;

    /** Lower-case name as used on the command line ({@code --source eu}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
