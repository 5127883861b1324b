package be.veerkracht.quality.measurement;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a certificate of analysis does not meet the part's quality agreement, with the values that show it.
 *
 * @param kind           what is wrong
 * @param lot            the lot concerned; null for {@link Kind#NO_AGREEMENT}
 * @param characteristic the characteristic concerned; null for {@link Kind#NO_AGREEMENT}
 * @param args           the message arguments, formatted with {@link Locale#ROOT} (see each kind)
 */
public record CertificateFinding(Kind kind, String lot, String characteristic, List<String> args) {

    public CertificateFinding {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    /** The reason in words, e.g. {@code lot L-7: bore_diameter = 25.06 mm lies outside [24.95, 25.05]}. */
    public String message(Locale locale) {
        return Messages.format(kind, locale, args.toArray());
    }

    /** What can be wrong with a certificate, each a message key of {@code certificate*.properties}. */
    public enum Kind implements MessageKey {
        /** A value lies outside the limits; args: lot, characteristic, value, unit, lsl, usl. */
        OUT_OF_SPEC,
        /** A characteristic the agreement does not have; args: lot, characteristic, agreement version. */
        UNKNOWN_CHARACTERISTIC,
        /** A characteristic the certificate must give is missing; args: lot, characteristic. */
        MISSING_CHARACTERISTIC,
        /** Fewer values than the agreed sample size; args: lot, characteristic, values given, sample size. */
        SAMPLE_TOO_SMALL,
        /** The part has no quality agreement; args: part. */
        NO_AGREEMENT;

        static final String BUNDLE = "be.veerkracht.quality.measurement.certificate";

        @Override
        public String bundle() {
            return BUNDLE;
        }

        @Override
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
