package be.veerkracht.ingest.sanctions;

import be.veerkracht.geo.IsoCountries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Country names as the UN and OFAC write them, to ISO 3166-1 alpha-2. The table {@code country-names.csv} (shipped
 * next to this class; columns {@code name, alpha2, source}) holds every country name that occurs in the UN
 * consolidated list of 2026-02-27 ("Iran (Islamic Republic of)", "Türkiye", "China, Hong Kong Special Administrative
 * Region"...) and OFAC's short forms ("Burma", "Korea, North"...); after it, the English names the JDK gives each ISO
 * code (CLDR) are tried. Matching ignores case, repeated spaces and the apostrophe's form.
 *
 * <p>A name in neither (e.g. the UN's "former Soviet Union") has no code: the readers then leave it out of the
 * entry's countries rather than refuse the file, because such names are not errors of the list.
 */
final class CountryNames {

    /** The shipped table, a resource next to this class. */
    static final String TABLE = "country-names.csv";

    private static final CountryNames SHIPPED = load();

    private final Map<String, String> codeByName;

    private CountryNames(Map<String, String> codeByName) {
        this.codeByName = Map.copyOf(codeByName);
    }

    /** The shipped table with the JDK's English names behind it. */
    static CountryNames shipped() {
        return SHIPPED;
    }

    /** The ISO alpha-2 code of a country name, empty when the name is not known. */
    Optional<String> code(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(codeByName.get(key(name)));
    }

    /** Number of names known, table and JDK names together. */
    int size() {
        return codeByName.size();
    }

    static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .strip();
        return text.toLowerCase(Locale.ROOT);
    }

    private static CountryNames load() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : IsoCountries.codes()) {
            String english = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
            if (!english.equals(alpha2)) {
                codes.put(key(english), alpha2);
            }
        }
        codes.putAll(readTable());
        return new CountryNames(codes);
    }

    private static Map<String, String> readTable() {
        Map<String, String> codes = new HashMap<>();
        try (InputStream in = CountryNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("shipped resource missing: " + TABLE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                         .setCommentMarker('#').get().parse(reader)) {
                for (CSVRecord row : parser) {
                    String alpha2 = row.get("alpha2").strip();
                    if (!IsoCountries.isKnown(alpha2)) {
                        throw new IllegalStateException(TABLE + " line " + parser.getCurrentLineNumber()
                                + ": unknown ISO code " + alpha2);
                    }
                    codes.put(key(row.get("name")), alpha2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return codes;
    }
}
