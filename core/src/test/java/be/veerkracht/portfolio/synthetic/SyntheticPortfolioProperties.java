package be.veerkracht.portfolio.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.PortfolioAssembly;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.Tool;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every generated portfolio, whatever the sizes and seed. */
class SyntheticPortfolioProperties {

    private static Portfolio generate(int parts, int suppliers, long seed) {
        return new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(parts, suppliers, seed)).generate();
    }

    @Property(tries = 60)
    void everyPortfolioPassesAssemblyAgain(@ForAll @IntRange(min = 0, max = 400) int parts,
                                           @ForAll @IntRange(min = 1, max = 80) int suppliers,
                                           @ForAll long seed) throws Exception {
        Portfolio portfolio = generate(parts, suppliers, seed);

        assertThat(portfolio.parts()).hasSize(parts);
        assertThat(portfolio.suppliers()).hasSize(suppliers);
        // Feeding the records back through the assembly checks keys, references, share sums and tools again.
        assertThat(PortfolioAssembly.of(portfolio.parts(), portfolio.suppliers(), portfolio.links(),
                portfolio.tools())).isEqualTo(portfolio);
    }

    @Property(tries = 40)
    void sharesOfEveryPartSumToExactlyOneInDecimal(@ForAll @IntRange(min = 1, max = 300) int parts,
                                                   @ForAll @IntRange(min = 1, max = 50) int suppliers,
                                                   @ForAll long seed) {
        Portfolio portfolio = generate(parts, suppliers, seed);

        for (Part part : portfolio.parts()) {
            List<SourcingLink> links = portfolio.linksOf(part.id());
            BigDecimal sum = links.stream().map(l -> BigDecimal.valueOf(l.share()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("shares of %s", part.id()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(links).anySatisfy(l -> assertThat(l.share()).isPositive());
        }
    }

    @Property(tries = 40)
    void toolsSitAtAnActiveSourceOfEachPartTheyServe(@ForAll @IntRange(min = 1, max = 300) int parts,
                                                     @ForAll @IntRange(min = 1, max = 50) int suppliers,
                                                     @ForAll long seed) {
        Portfolio portfolio = generate(parts, suppliers, seed);

        for (Tool tool : portfolio.tools()) {
            assertThat(tool.parts()).hasSizeBetween(1, 2);
            tool.parts().forEach(part -> assertThat(portfolio.linksOf(part))
                    .anySatisfy(l -> {
                        assertThat(l.supplier()).isEqualTo(tool.supplier());
                        assertThat(l.share()).isPositive();
                    }));
        }
    }

    @Property(tries = 30)
    void sameSpecGivesEqualPortfolio(@ForAll @IntRange(min = 0, max = 200) int parts,
                                     @ForAll @IntRange(min = 1, max = 40) int suppliers, @ForAll long seed) {
        assertThat(generate(parts, suppliers, seed)).isEqualTo(generate(parts, suppliers, seed));
    }
}
