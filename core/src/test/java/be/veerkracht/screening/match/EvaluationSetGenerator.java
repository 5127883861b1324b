package be.veerkracht.screening.match;

import be.veerkracht.screening.AliasQuality;
import be.veerkracht.screening.EntryKind;
import be.veerkracht.screening.ListEntry;
import be.veerkracht.screening.ListedName;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test tool, run ONCE by hand before the matcher was tuned: writes the frozen evaluation set
 * {@code evaluation_set.csv} from the UN names resource with a fixed seed. It knows nothing of the matcher (its
 * own crude key decides which names are unique). Re-running it reproduces the file, but the file, not this
 * class, is the reference: do not regenerate it to make a test pass.
 *
 * <p>Variant kinds: {@code exact}, {@code typo} (one or two random edits: substitution, deletion, insertion,
 * transposition), {@code reordered}, {@code initials}, {@code romanisation} (other Latin spellings of Arabic and
 * Russian names), {@code cyrillic} and {@code greek} (the name written in that script by ICU Latin-Cyrillic and
 * Latin-Greek), {@code original_script} (the list's own original-script name), {@code concatenated}
 * ("Al Qaida" as "Alqaida"), {@code legal_form_dropped}, {@code legal_form_added}, {@code alias} (a good-quality
 * alias), and decoys {@code decoy_company}, {@code decoy_flemish_sme}, {@code decoy_short_word}, {@code decoy_person}.
 */
final class EvaluationSetGenerator {

    static final long SEED = 20_261_128L;
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "llc", "co", "company", "inc", "corp",
            "corporation", "gmbh", "sa", "srl", "jsc", "plc", "llp", "ag", "bv", "nv");
    private static final String[] ADDED_FORMS = {"Ltd", "LLC", "NV", "GmbH", "JSC", "Co. Ltd", "S.A.", "BV", "Inc.",
            "SARL", "OOO"};
    private static final Set<String> PARTICLES = Set.of("al", "el", "abu", "bin", "ibn", "abd", "ould", "bil");
    private static final String[][] ROMANISATION = {{"ou", "u"}, {"u", "ou"}, {"mohammed", "muhammad"},
            {"muhammad", "mohamed"}, {"mohammad", "mohamed"}, {"kh", "h"}, {"q", "k"}, {"ei", "ay"}, {"ee", "i"},
            {"y", "i"}, {"i", "y"}, {"j", "dj"}, {"dd", "d"}, {"ss", "s"}, {"mm", "m"}, {"ll", "l"}, {"sh", "ch"},
            {"v", "w"}, {"e", "a"}, {"o", "u"}};

    private final Random random = new Random(SEED);
    private final Transliterator toCyrillic = Transliterator.getInstance("Latin-Cyrillic");
    private final Transliterator toGreek = Transliterator.getInstance("Latin-Greek");
    private final List<String[]> rows = new ArrayList<>();
    private final Set<String> listKeys = new HashSet<>();

    public static void main(String[] args) throws IOException {
        new EvaluationSetGenerator().write(Path.of(args[0]));
    }

    private void write(Path out) throws IOException {
        List<ListEntry> entries = UnNamesResource.entries();
        Map<String, Set<String>> owners = new HashMap<>();
        for (ListEntry entry : entries) {
            for (ListedName name : entry.names()) {
                owners.computeIfAbsent(key(name.name()), k -> new HashSet<>()).add(entry.entryId());
                listKeys.add(key(name.name()));
            }
        }
        for (ListEntry entry : entries) {
            String primary = entry.primaryName().name();
            if (owners.get(key(primary)).size() > 1 || key(primary).length() < 3) {
                continue; // a name shared by entries has no single expected answer
            }
            variants(entry, primary, owners);
        }
        new DecoyNames(random).allMap().forEach(this::decoy);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# FROZEN evaluation set for name screening (issue 9), generated 2026-11-28 by EvaluationSetGenerator");
            w.println("# with seed " + SEED + " from un_names_2026-02-27.tsv, BEFORE the matcher was tuned. Do not edit or regenerate.");
            w.println("# expected_entry_id empty = decoy (no entry should match). Columns separated by tabs.");
            w.println("query\texpected_entry_id\tvariant_kind");
            for (String[] row : rows) {
                w.println(String.join("\t", row));
            }
        }
    }

    private void variants(ListEntry entry, String primary, Map<String, Set<String>> owners) {
        String id = entry.entryId();
        List<String> tokens = tokens(primary);
        boolean person = entry.kind() == EntryKind.PERSON;
        if (random.nextInt(4) == 0) {
            add(random.nextBoolean() ? primary : primary.toLowerCase(Locale.ROOT), id, "exact");
        }
        add(typos(tokens), id, "typo");
        if (tokens.size() >= 2) {
            add(String.join(" ", reorder(tokens, person)), id, "reordered");
        }
        if (person && tokens.size() >= 2 && tokens.get(0).length() >= 3 && !PARTICLES.contains(lower(tokens.get(0)))
                && random.nextInt(3) == 0) {
            List<String> copy = new ArrayList<>(tokens);
            copy.set(0, copy.get(0).substring(0, 1) + ".");
            add(String.join(" ", copy), id, "initials");
        }
        int script = random.nextInt(6);
        if (script == 0) {
            add(toCyrillic.transliterate(primary.toLowerCase(Locale.ROOT)), id, "cyrillic");
        } else if (script == 1) {
            add(toGreek.transliterate(primary.toLowerCase(Locale.ROOT)), id, "greek");
        } else if (script <= 3) {
            String variant = romanise(tokens);
            if (!key(variant).equals(key(primary))) {
                add(variant, id, "romanisation");
            }
        }
        entry.names().stream().filter(n -> "orig".equals(n.language())).findFirst()
                .filter(n -> random.nextInt(3) == 0).ifPresent(n -> add(n.name(), id, "original_script"));
        concatenated(tokens).filter(c -> random.nextInt(2) == 0).ifPresent(c -> add(c, id, "concatenated"));
        if (!person) {
            legalForm(tokens, id);
        }
        List<ListedName> aliases = entry.names().stream()
                .filter(n -> n.quality() == AliasQuality.STRONG && n.language() == null)
                .filter(n -> owners.get(key(n.name())).size() == 1 && !key(n.name()).equals(key(primary)))
                .filter(n -> key(n.name()).length() >= 3).toList();
        if (!aliases.isEmpty() && random.nextInt(2) == 0) {
            add(aliases.get(random.nextInt(aliases.size())).name(), id, "alias");
        }
    }

    private java.util.Optional<String> concatenated(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (PARTICLES.contains(lower(tokens.get(i)))) {
                List<String> copy = new ArrayList<>(tokens);
                copy.set(i, copy.get(i) + lower(copy.remove(i + 1)));
                return java.util.Optional.of(String.join(" ", copy));
            }
        }
        return java.util.Optional.empty();
    }

    private void legalForm(List<String> tokens, String id) {
        String last = lower(tokens.get(tokens.size() - 1));
        if (tokens.size() >= 2 && LEGAL_FORMS.contains(last)) {
            add(String.join(" ", tokens.subList(0, tokens.size() - 1)), id, "legal_form_dropped");
        } else if (random.nextInt(2) == 0) {
            add(String.join(" ", tokens) + " " + ADDED_FORMS[random.nextInt(ADDED_FORMS.length)], id,
                    "legal_form_added");
        }
    }

    private String typos(List<String> tokens) {
        List<Integer> long4 = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).length() >= 4) {
                long4.add(i);
            }
        }
        List<String> copy = new ArrayList<>(tokens);
        if (long4.isEmpty()) {
            int i = random.nextInt(copy.size());
            copy.set(i, typo(copy.get(i)));
            return String.join(" ", copy);
        }
        int edits = long4.size() >= 3 && random.nextInt(10) < 3 ? 2 : 1;
        java.util.Collections.shuffle(long4, random);
        for (int e = 0; e < edits; e++) {
            int i = long4.get(e);
            copy.set(i, typo(copy.get(i)));
        }
        return String.join(" ", copy);
    }

    private String typo(String token) {
        char[] c = token.toCharArray();
        int p = random.nextInt(c.length);
        char letter = (char) ((Character.isUpperCase(c[p]) ? 'A' : 'a') + random.nextInt(26));
        StringBuilder b = new StringBuilder(token);
        switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(p, letter);
            case 1 -> {
                if (c.length > 1) {
                    b.deleteCharAt(p);
                }
            }
            case 2 -> b.insert(p, letter);
            default -> {
                if (p + 1 < c.length) {
                    b.setCharAt(p, c[p + 1]);
                    b.setCharAt(p + 1, c[p]);
                } else {
                    b.setCharAt(p, letter);
                }
            }
        }
        return b.toString();
    }

    private List<String> reorder(List<String> tokens, boolean person) {
        List<String> copy = new ArrayList<>(tokens);
        if (person || random.nextBoolean()) {
            copy.add(0, copy.remove(copy.size() - 1)); // surname first
        } else {
            java.util.Collections.shuffle(copy, random);
            if (copy.equals(tokens)) {
                java.util.Collections.reverse(copy);
            }
        }
        return copy;
    }

    private String romanise(List<String> tokens) {
        List<String> copy = new ArrayList<>(tokens);
        int changes = 1 + random.nextInt(2);
        for (int attempt = 0; attempt < 20 && changes > 0; attempt++) {
            int i = random.nextInt(copy.size());
            String token = lower(copy.get(i));
            String[] rule = ROMANISATION[random.nextInt(ROMANISATION.length)];
            if (token.length() >= 4 && token.contains(rule[0])) {
                copy.set(i, token.replaceFirst(rule[0], rule[1]));
                changes--;
            }
        }
        return String.join(" ", copy);
    }

    private void decoy(String name, String kind) {
        if (!listKeys.contains(key(name))) {
            add(name, "", kind);
        }
    }

    private void add(String query, String id, String kind) {
        rows.add(new String[] {query.replace('\t', ' ').strip(), id, kind});
    }

    private static List<String> tokens(String name) {
        return Arrays.stream(name.split("[\\s]+")).filter(t -> !t.isEmpty()).toList();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The generator's own crude key: lower-case letters and digits only. */
    static String key(String name) {
        return lower(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Decoy names: none is on the list; each is a name a Belgian manufacturer meets every day. */
    private static final class DecoyNames {
        private static final String[] SURNAMES = {"Van Hoecke", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Dubois", "Lambert",
            "Dupont", "Martin", "Declercq", "Verstraete", "Van Damme", "De Backer", "Vandenberghe", "Lemmens",
            "Hermans", "Desmet", "Van Acker", "Coppens", "De Clercq", "Verhaeghe", "Devos", "Smets", "Michiels"};
        private static final String[] TRADES = {"Metaalbewerking", "Bouw", "Transport", "Verpakking", "Kunststoffen",
            "Elektro", "Techniek", "Machinebouw", "Houtbewerking", "Logistiek", "Staalconstructie", "Lasbedrijf",
            "Drukkerij", "Tuinaanleg", "Schrijnwerkerij", "Industrie", "Automatisering", "Hydraulics", "Coatings"};
        private static final String[] BE_FORMS = {"NV", "BV", "BVBA", "CV", "VOF", "SA", "SRL", ""};
        private static final String[] ADJECTIVES = {"Global", "General", "International", "United", "Pacific",
            "Atlantic", "Northern", "Eastern", "Premier", "Royal", "Golden", "Silver", "Modern", "Advanced",
            "Precision", "Continental", "European", "Asia", "Star", "Delta", "Alpha", "Omega", "Summit", "Crown"};
        private static final String[] NOUNS = {"Trading", "Industries", "Electronics", "Components", "Plastics",
            "Logistics", "Supplies", "Steel", "Chemicals", "Textiles", "Machinery", "Packaging", "Engineering",
            "Holdings", "Foods", "Motors", "Systems", "Solutions", "Materials", "Metals", "Shipping", "Group"};
        private static final String[] FORMS = {"Ltd", "Co., Ltd.", "GmbH", "Inc.", "LLC", "Corporation", "S.p.A.",
            "SAS", "AG", "Pte Ltd", "Sdn Bhd", "PLC", "Limited", "BV", "NV"};
        private static final String[] SHORT_WORDS = {"AL", "Trading", "Group", "International", "General", "Star",
            "Global", "Union", "Company", "Services", "Import Export", "Holding", "Bank", "Oil", "Gas", "Shipping",
            "Construction", "Investment", "Development", "Energy", "Gold", "Abu", "Ali", "Omar", "Nord", "Sud",
            "Est", "Ouest", "Media", "Finance", "Security", "Trust", "Foundation", "Network", "Center", "Partners"};
        private static final String[] FIRST = {"Jan", "Marie", "Pieter", "Sofie", "Luc", "An", "Tom", "Els", "Bart",
            "Katrien", "Jean", "Sophie", "John", "Sarah", "Michael", "Anna", "Thomas", "Laura", "Koen", "Hilde",
            "Ahmed", "Fatima", "Mehmet", "Yusuf", "Olga", "Ivan", "Wei", "Li", "Carlos", "Maria"};
        private static final String[] LAST = {"Peeters", "Janssens", "Maes", "Dubois", "Smith", "Jones", "Müller",
            "Schmidt", "Rossi", "Garcia", "Yilmaz", "Kowalski", "Novak", "Wang", "Chen", "Ivanova", "Petrov",
            "El Amrani", "Benali", "Van Damme", "De Vries", "Jansen", "Bakker", "Lefebvre", "Moreau"};

        private final Random random;

        DecoyNames(Random random) {
            this.random = random;
        }

        Map<String, String> allMap() {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            while (names.size() < 300) {
                String form = BE_FORMS[random.nextInt(BE_FORMS.length)];
                names.putIfAbsent((pick(SURNAMES) + " " + pick(TRADES) + " " + form).strip(), "decoy_flemish_sme");
            }
            int size = names.size();
            while (names.size() < size + 300) {
                names.putIfAbsent(pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(FORMS), "decoy_company");
            }
            for (String word : SHORT_WORDS) {
                names.putIfAbsent(word, "decoy_short_word");
            }
            size = names.size();
            while (names.size() < size + 150) {
                names.putIfAbsent(pick(FIRST) + " " + pick(LAST), "decoy_person");
            }
            return names;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
