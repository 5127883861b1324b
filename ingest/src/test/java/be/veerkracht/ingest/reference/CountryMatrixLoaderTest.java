package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.mcda.Criterion;
import be.veerkracht.sourcing.mcda.CriterionType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryMatrixLoaderTest {

    @Test
    void the_shipped_sample_is_the_article_s_matrix() {
        // the seed article (issue 11): logistics 30 days sea / 1 day truck / 5 days truck / 3 days sea, wage index
        // 25/40/35/30 (user-supplied), trade relation EVFTA / member / customs union / association (scored 2/4/3/2
        // on the documented ordinal scale), stability 7/8/6/7 out of 10
        CountryMatrix sample = CountryMatrixLoader.sample();
        assertThat(sample.matrix().alternatives()).containsExactly("VN", "PL", "TR", "MA");
        assertThat(sample.matrix().criteria()).extracting(Criterion::name).containsExactly(
                "logistics_days_to_antwerp", "wage_index", "eu_trade_relation", "stability");
        assertThat(sample.matrix().criteria()).extracting(Criterion::type).containsExactly(CriterionType.COST,
                CriterionType.COST, CriterionType.BENEFIT, CriterionType.BENEFIT);
        assertThat(sample.matrix().values()).containsExactly(java.util.List.of(30.0, 25.0, 2.0, 7.0),
                java.util.List.of(1.0, 40.0, 4.0, 8.0), java.util.List.of(5.0, 35.0, 3.0, 6.0),
                java.util.List.of(3.0, 30.0, 2.0, 7.0));
        assertThat(sample.matrix().criteria().get(1).source()).startsWith("user-supplied");
        assertThat(sample.matrix().criteria().get(0).unit()).isEqualTo("days");
        assertThat(sample.notes()).contains("VN logistics_days_to_antwerp: 30 days by sea",
                "PL logistics_days_to_antwerp: 1 day by truck", "VN wage_index: 25 (user-supplied)");
        assertThat(sample.version()).contains("countries-sample.csv", "2026-11-28");
    }

    @Test
    void a_broken_user_matrix_names_every_problem() {
        String text = """
                country,criterion,type,unit,value,source,date
                VN,days,cost,days,30,me,2026-11-01
                XX,days,cost,days,1,me,2026-11-01
                PL,days,benefit,days,1,me,2026-11-01
                VN,days,cost,days,31,me,2026-11-01
                PL,wage,cost,index,abc,me,2026-11-01
                """;
        InvalidReferenceDataException e = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> CountryMatrixLoader.read("mine.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.report(Locale.ENGLISH)).contains("mine.csv: row 3, country: unknown country code 'XX'",
                "mine.csv: row 4, type: must be one of cost, got 'benefit'",
                "mine.csv: row 5, criterion: 'VN days' appears more than once (first on row 2)",
                "mine.csv: row 6, value: not a number: 'abc'");
    }
}
