package be.veerkracht.web.page;

import be.veerkracht.exposure.Severity;
import be.veerkracht.exposure.SourcingClass;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.i18n.MessageKey;
import be.veerkracht.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Texts, numbers and dates for people in one language, as the templates ask for them. */
public final class Labels {

    /**
     * The time zone dates are shown in: Belgian time, where the product's users work, until the user settings carry
     * one. Stored instants stay UTC.
     */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

    private final Locale language;

    public Labels(Locale locale) {
        this.language = Messages.language(locale);
    }

    /** A text of any page's bundle ({@link PageText} and the bundles of feature pages). */
    public String get(MessageKey key, Object... args) {
        return Messages.format(key, language, args);
    }

    public Locale locale() {
        return language;
    }

    /** The page's {@code lang} attribute. */
    public String language() {
        return language.getLanguage();
    }

    /** A sourcing class as people read it, {@code Single source}; the code stays in links and the API. */
    public String sourcingClass(SourcingClass sourcingClass) {
        return get(PageText.valueOf("CLASS_" + sourcingClass.name()));
    }

    /** A sourcing class given by its code, as {@link #sourcingClass(SourcingClass)}. */
    public String sourcingClass(String code) {
        return sourcingClass(SourcingClass.valueOf(code));
    }

    /** A finding's severity given by its code, {@code High}. */
    public String severity(String code) {
        return get(PageText.valueOf("SEVERITY_" + Severity.valueOf(code).name()));
    }

    /** A country's name in this language ({@code IsoCountries}, CLDR names). */
    public String country(CountryCode code) {
        return IsoCountries.country(code).name(language);
    }

    /** A country given by its alpha-2 code; the code itself when it is not one (unknown reference data). */
    public String country(String alpha2) {
        try {
            return country(new CountryCode(alpha2));
        } catch (IllegalArgumentException notIso) {
            return alpha2;
        }
    }

    /** A zone's name in this language; the code itself when the geography has no such zone. */
    public String zone(ReferenceGeography geography, String code) {
        return geography.zone(code).map(z -> z.name(language)).orElse(code);
    }

    /** The name of the zone a country is in; "not given" when the reference geography has no zone for it. */
    public String zoneOf(ReferenceGeography geography, CountryCode country) {
        return geography.zoneOf(country).map(code -> zone(geography, code)).orElse(get(PageText.NOT_GIVEN));
    }

    /** {@code EUR 1,234,568} in English, {@code EUR 1.234.568} in Dutch: whole euros, as the CLI report shows spend. */
    public String eur(BigDecimal amount) {
        return "EUR " + decimal(amount, 0, 0);
    }

    /** {@code EUR 208.21}: euros and cents, for prices and one part's spend. */
    public String eurCents(BigDecimal amount) {
        return "EUR " + decimal(amount, 2, 2);
    }

    /** An index or fraction 0..1 with two decimals. */
    public String fraction(double value) {
        return decimal(value, 2, 2);
    }

    /** A fraction 0..1 as a whole percentage, {@code 45%} ({@code 45 %} in French). */
    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(language).format(fraction);
    }

    /** A fraction 0..1 as a percentage with one decimal, {@code 99.7%}: where rounding to whole percent misleads. */
    public String percentOneDecimal(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(language);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A quantity with up to two decimals, {@code 1,250} or {@code 2.5}. */
    public String number(double value) {
        return decimal(value, 0, 2);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(language).format(value);
    }

    /** Date and time in {@link #TIME_ZONE}, in the language's own layout. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language).withZone(TIME_ZONE).format(instant);
    }

    /** The language's own name, {@code Nederlands}, for the language switch. */
    public static String autonym(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private String decimal(Object value, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }
}
