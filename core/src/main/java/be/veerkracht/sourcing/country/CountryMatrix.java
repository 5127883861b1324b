package be.veerkracht.sourcing.country;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.sourcing.mcda.DecisionMatrix;
import java.util.List;
import java.util.Objects;

/**
 * Candidate countries judged on criteria: a {@link DecisionMatrix} whose alternatives are ISO 3166-1 alpha-2 codes,
 * with where the data come from.
 *
 * @param matrix  alternatives = country codes, in the order given
 * @param notes   one line per criterion or value worth saying (e.g. "VN logistics: 30 days by sea"), for the user
 * @param version where the data come from and their date, shown with the ranking
 */
public record CountryMatrix(DecisionMatrix matrix, List<String> notes, String version) {

    public CountryMatrix {
        Objects.requireNonNull(matrix, "matrix");
        notes = List.copyOf(notes);
        Objects.requireNonNull(version, "version");
        for (String code : matrix.alternatives()) {
            CountryCode.parse(code);
        }
    }

    public List<CountryCode> countries() {
        return matrix.alternatives().stream().map(CountryCode::parse).toList();
    }
}
