package be.veerkracht.portfolio.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class SyntheticPortfolioGeneratorTest {

    private static Portfolio generate(int parts, int suppliers, long seed) {
        return new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(parts, suppliers, seed)).generate();
    }

    @Test
    void sameSeedAndSizesGiveEqualPortfolios() {
        Portfolio first = generate(500, 60, 42);
        Portfolio second = generate(500, 60, 42);

        assertThat(second).isEqualTo(first);
        assertThat(second.links()).isEqualTo(first.links());
        assertThat(second.tools()).isEqualTo(first.tools());
    }

    @Test
    void oneGeneratorGivesEqualPortfoliosWhenAskedTwice() {
        SyntheticPortfolioGenerator generator = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(200, 30, 7));

        assertThat(generator.generate()).isEqualTo(generator.generate());
    }

    @Test
    void differentSeedsGiveDifferentPortfolios() {
        assertThat(generate(200, 30, 1)).isNotEqualTo(generate(200, 30, 2));
    }

    @Test
    void morePartsDoNotChangeTheSuppliersNames() {
        // Each stage draws from its own split stream, so the supplier stage does not see the part count.
        assertThat(generate(50, 40, 9).suppliers().stream().map(s -> s.name()).toList())
                .isEqualTo(generate(400, 40, 9).suppliers().stream().map(s -> s.name()).toList());
    }

    @Test
    void makesExactlyTheRequestedNumbersOfPartsAndSuppliers() {
        Portfolio portfolio = generate(123, 17, 3);

        assertThat(portfolio.parts()).hasSize(123);
        assertThat(portfolio.suppliers()).hasSize(17);
    }

    @Test
    void aSingleSupplierCarriesEveryPart() {
        Portfolio portfolio = generate(100, 1, 5);

        assertThat(portfolio.links()).allSatisfy(l -> assertThat(l.supplier().value()).isEqualTo("S0001"));
        assertThat(portfolio.parts()).allSatisfy(p -> assertThat(portfolio.linksOf(p.id())).isNotEmpty());
    }

    @Test
    void noPartsGivesSuppliersOnly() {
        Portfolio portfolio = generate(0, 5, 5);

        assertThat(portfolio.parts()).isEmpty();
        assertThat(portfolio.links()).isEmpty();
        assertThat(portfolio.tools()).isEmpty();
        assertThat(portfolio.suppliers()).hasSize(5);
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThatThrownBy(() -> new SyntheticPortfolioSpec(-1, 5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticPortfolioSpec(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticPortfolioSpec(SyntheticPortfolioSpec.MAX_PARTS + 1, 5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
