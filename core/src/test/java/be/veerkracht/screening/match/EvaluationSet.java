package be.veerkracht.screening.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The frozen evaluation set ({@code evaluation_set.csv}, written by {@link EvaluationSetGenerator}). */
final class EvaluationSet {

    static final String RESOURCE = "evaluation_set.csv";

    /** One query: the name, the entry it should find (null for a decoy), the kind of variant. */
    record Case(String query, String expectedEntryId, String kind) {
        boolean decoy() {
            return expectedEntryId == null;
        }
    }

    private EvaluationSet() {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = EvaluationSet.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("query\t")).forEach(l -> {
                String[] f = l.split("\t", -1);
                cases.add(new Case(f[0], f[1].isEmpty() ? null : f[1], f[2]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
