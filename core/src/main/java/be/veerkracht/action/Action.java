package be.veerkracht.action;

import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.PartId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A concrete thing to do, for one part, with why and what it should bring: what every analysis module produces,
 * so recommendations from all of them can be ranked together.
 *
 * @param kind             what to do, e.g. {@code QUALIFY_SECOND_SOURCE}
 * @param part             the part it is for
 * @param what             the instruction, as a translated message with its arguments
 * @param why              the finding or figure that calls for it
 * @param expectedEffect   what changes when it is done, in the analysis's own measure
 * @param spendAtStakeEur  the part's annual spend, EUR: how much purchasing the action touches
 * @param origin           the module and rule that proposed it, e.g. {@code exposure/SINGLE_SOURCE}
 */
public record Action(
        String kind,
        PartId part,
        Text what,
        Text why,
        Text expectedEffect,
        BigDecimal spendAtStakeEur,
        String origin) {

    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(expectedEffect, "expectedEffect");
        Objects.requireNonNull(spendAtStakeEur, "spendAtStakeEur");
        Objects.requireNonNull(origin, "origin");
    }

    /** A translatable sentence: a message key and its already formatted arguments. */
    public record Text(MessageKey key, List<String> args) {

        public Text {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        public static Text of(MessageKey key, Object... args) {
            return new Text(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        public String in(Locale locale) {
            return Messages.format(key, locale, args.toArray());
        }
    }
}
