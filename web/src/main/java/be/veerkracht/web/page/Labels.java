package be.veerkracht.web.page;

import be.veerkracht.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Texts and numbers for people in one language, as the templates ask for them. */
public final class Labels {

    private final Locale language;

    public Labels(Locale locale) {
        this.language = Messages.language(locale);
    }

    public String get(PageText key, Object... args) {
        return Messages.format(key, language, args);
    }

    public Locale locale() {
        return language;
    }

    /** The page's {@code lang} attribute. */
    public String language() {
        return language.getLanguage();
    }

    /** {@code EUR 1,234,568} in English: whole euros, as the CLI report shows spend. */
    public String eur(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(0);
        return "EUR " + format.format(amount);
    }

    /** An index or fraction 0..1 with two decimals. */
    public String fraction(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(language).format(value);
    }
}
