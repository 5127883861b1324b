package be.veerkracht.compliance;

import java.time.LocalDate;

/**
 * How long export-control records are kept. Regulation (EU) 2021/821, Art. 27(3): registers and records are kept for
 * at least five years from the end of the calendar year in which the export took place; the Flemish order of
 * 14 March 2014 asks seven years for a licence file. A Flemish exporter keeps the longer: seven years. A record may
 * be deleted on or after 1 January of the year after that period ends.
 */
public final class RecordRetention {

    /** The EU minimum, Art. 27(3). */
    public static final int EU_MINIMUM_YEARS = 5;
    /** The Flemish term, and Veerkracht's default. */
    public static final int FLEMISH_YEARS = 7;

    private final int years;

    public RecordRetention(int years) {
        if (years < EU_MINIMUM_YEARS) {
            throw new IllegalArgumentException("records must be kept at least " + EU_MINIMUM_YEARS
                    + " years (Reg. (EU) 2021/821, Art. 27(3)), got " + years);
        }
        this.years = years;
    }

    public static RecordRetention flemish() {
        return new RecordRetention(FLEMISH_YEARS);
    }

    public int years() {
        return years;
    }

    /** The first day a record of {@code recorded} may be deleted: 1 January of year + years + 1. */
    public LocalDate deletableFrom(LocalDate recorded) {
        return LocalDate.of(recorded.getYear() + years + 1, 1, 1);
    }

    public boolean mayDelete(LocalDate recorded, LocalDate today) {
        return !today.isBefore(deletableFrom(recorded));
    }
}
