package be.veerkracht.bench.screening;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListSource;
import be.veerkracht.screening.ListVersion;
import be.veerkracht.screening.ListedName;
import be.veerkracht.screening.SanctionsList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic sanctions list shaped like the real ones (about 70 % persons with two to four name parts
 * from Arabic-, Slavic-, Korean- and West-African-sounding syllables and common given names, 30 % organisations
 * with trade words and legal forms; one to three aliases, a sixth of them weak; some names in Cyrillic), and
 * queries against it: variants of listed names (typo, reordering, dropped token) and names that are not listed.
 */
final class SyntheticSanctionsList {

    private static final String[] SYLLABLES = {"al", "ab", "ad", "ah", "ka", "ri", "mo", "ha", "sa", "ib", "ra",
        "him", "tik", "ov", "ev", "sky", "en", "ko", "kim", "yong", "chol", "pak", "son", "ba", "ma", "du", "ou",
        "na", "ze", "vla", "di", "mir", "ser", "gei", "nik", "lai", "qa", "da", "fi", "zu", "bek", "tur", "gul",
        "jon", "myo", "kwa", "ndo", "mbe", "le", "to", "wa", "shi", "ro", "ni", "ya", "shan", "ker", "vin"};
    private static final String[] GIVEN = {"Mohammed", "Ahmed", "Ali", "Abdul", "Omar", "Hassan", "Ivan", "Sergei",
        "Viktor", "Kim", "Pak", "Ri", "Jean", "Joseph", "Abu", "Yusuf", "Ibrahim", "Khalid", "Dmitri", "Oleg"};
    private static final String[] TRADE = {"Trading", "Shipping", "Industrial", "Petroleum", "Mining", "Bank",
        "Investment", "Engineering", "Logistics", "Aviation", "Chemical", "Electronics", "Metals", "General",
        "International", "Development", "Import Export", "Technology", "Marine", "Energy"};
    private static final String[] FORMS = {"LLC", "Ltd", "Co., Ltd.", "JSC", "OOO", "Company", "Corporation",
        "GmbH", "FZE", "PJSC", "S.A.", ""};
    private static final String CYRILLIC_FROM = "abvgdezijklmnoprstufh";
    private static final String CYRILLIC_TO = "абвгдезийклмнопрстуфх";

    private final Random random;

    SyntheticSanctionsList(long seed) {
        this.random = new Random(seed);
    }

    SanctionsList list(int entities) {
        List<ListEntry> entries = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            boolean person = random.nextInt(10) < 7;
            List<ListedName> names = new ArrayList<>();
            String primary = person ? personName() : organisationName();
            names.add(new ListedName(primary, AliasQuality.PRIMARY, null));
            int aliases = random.nextInt(4);
            for (int a = 0; a < aliases; a++) {
                String alias = random.nextInt(5) == 0 ? cyrillic(primary) : person ? personName() : organisationName();
                names.add(new ListedName(alias, random.nextInt(6) == 0 ? AliasQuality.WEAK : AliasQuality.STRONG,
                        null));
            }
            entries.add(new ListEntry(String.format(Locale.ROOT, "SYN%06d", i),
                    person ? EntryKind.PERSON : EntryKind.ORGANISATION, names, Set.of(), List.of(), List.of(),
                    List.of(), null, null));
        }
        return new SanctionsList(new ListVersion(ListSource.OPENSANCTIONS, LocalDate.of(2026, 1, 1), "b".repeat(64),
                entries.size()), entries);
    }

    /** A query name and the entry it was made from (null for an unlisted name). */
    record Query(String name, String sourceEntryId) {
    }

    /** Half variants of listed names, half names that are not listed. */
    List<Query> queries(SanctionsList list, int count) {
        List<Query> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                ListEntry e = list.entries().get(random.nextInt(list.entries().size()));
                out.add(new Query(variant(e.primaryName().name()), e.entryId()));
            } else {
                out.add(new Query(random.nextBoolean() ? personName()
                        : "Van " + word() + " " + TRADE[random.nextInt(TRADE.length)] + " NV", null));
            }
        }
        return out;
    }

    private String variant(String name) {
        List<String> tokens = new ArrayList<>(List.of(name.split(" ")));
        switch (random.nextInt(3)) {
            case 0 -> {
                int t = random.nextInt(tokens.size());
                String s = tokens.get(t);
                int p = random.nextInt(s.length());
                tokens.set(t, s.substring(0, p) + (char) ('a' + random.nextInt(26)) + s.substring(p + 1));
            }
            case 1 -> tokens.add(0, tokens.remove(tokens.size() - 1));
            default -> {
                if (tokens.size() > 2) {
                    tokens.remove(1);
                }
            }
        }
        return String.join(" ", tokens);
    }

    private String personName() {
        int parts = 2 + random.nextInt(3);
        StringBuilder b = new StringBuilder(random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : word());
        for (int p = 1; p < parts; p++) {
            b.append(random.nextInt(8) == 0 ? " Al-" : " ").append(word());
        }
        return b.toString();
    }

    private String organisationName() {
        return (word() + " " + TRADE[random.nextInt(TRADE.length)] + " " + FORMS[random.nextInt(FORMS.length)]).strip();
    }

    private String word() {
        int syllables = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static String cyrillic(String latin) {
        StringBuilder b = new StringBuilder();
        for (char c : latin.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = CYRILLIC_FROM.indexOf(c);
            b.append(k >= 0 ? CYRILLIC_TO.charAt(k) : c);
        }
        return b.toString();
    }
}
