package be.veerkracht.compliance.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Expected answers follow from the rules in LicenceCoverage's Javadoc, worked by hand per case. */
class LicenceCoverageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private static Licence ugea(String number, String authorisation) {
        return new Licence(number, LicenceKind.UGEA_REGISTRATION, authorisation, LocalDate.of(2025, 1, 1), null,
                Set.of(Licence.ANY), Set.of(Licence.ANY), null, null, null, ReportingPeriod.YEARLY);
    }

    private static Licence individual(String number, LocalDate until, BigDecimal quantity) {
        return new Licence(number, LicenceKind.INDIVIDUAL, null, LocalDate.of(2026, 1, 1), until,
                Set.of("3A001.a"), Set.of("CN"), quantity, null, "Shenzhen Precision Ltd", ReportingPeriod.NONE);
    }

    @Test
    void a_ugea_requirement_is_met_by_the_registration_for_that_ugea_only() {
        LicenceCoverage coverage = new LicenceCoverage(List.of(ugea("BE-EU001-17", "EU001"),
                ugea("BE-EU002-03", "EU002")), List.of());
        CoverageResult result = coverage.find(new Requirement.Ugea("EU002"), "part:110010", "3A001.a.1", "KR", DAY,
                BigDecimal.ONE, BigDecimal.TEN);
        assertThat(result.covered()).isTrue();
        assertThat(result.licence().number()).isEqualTo("BE-EU002-03");
        // EU001 expires never and sorts after nothing: it is looked at first (LocalDate.MAX ties, then by number)
        assertThat(result.refusals()).containsExactly(new CoverageResult.Refusal("BE-EU001-17",
                CoverageResult.Reason.WRONG_KIND));
    }

    @Test
    void an_individual_licence_covers_an_entry_prefix_at_a_sub_item_boundary_and_its_destination() {
        LicenceCoverage coverage = new LicenceCoverage(List.of(individual("CSG-2026-0042",
                LocalDate.of(2027, 6, 30), null)), List.of());
        assertThat(coverage.find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.a.1", "CN", DAY,
                BigDecimal.ONE, BigDecimal.ONE).covered()).isTrue();
        // 3A001.b is not under 3A001.a; 3A001.ab is not a sub-item of 3A001.a
        assertThat(coverage.find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.b.2", "CN", DAY,
                BigDecimal.ONE, BigDecimal.ONE).refusals().get(0).reason())
                .isEqualTo(CoverageResult.Reason.ITEM_NOT_COVERED);
        assertThat(coverage.find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.a.1", "HK", DAY,
                BigDecimal.ONE, BigDecimal.ONE).refusals().get(0).reason())
                .isEqualTo(CoverageResult.Reason.DESTINATION_NOT_COVERED);
        // a UGEA registration never stands in for an individual licence
        assertThat(new LicenceCoverage(List.of(ugea("BE-EU001-17", "EU001")), List.of())
                .find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.a.1", "US", DAY, BigDecimal.ONE,
                        BigDecimal.ONE).covered()).isFalse();
    }

    @Test
    void a_licence_is_usable_from_its_first_to_its_last_day() {
        LicenceCoverage coverage = new LicenceCoverage(List.of(individual("L", LocalDate.of(2026, 12, 31), null)),
                List.of());
        Requirement need = new Requirement.IndividualOrGlobal();
        assertThat(coverage.find(need, "part:P1", "3A001.a", "CN", LocalDate.of(2026, 12, 31), BigDecimal.ONE,
                BigDecimal.ONE).covered()).isTrue();
        assertThat(coverage.find(need, "part:P1", "3A001.a", "CN", LocalDate.of(2027, 1, 1), BigDecimal.ONE,
                BigDecimal.ONE).refusals().get(0).reason()).isEqualTo(CoverageResult.Reason.NOT_VALID_ON_DATE);
        assertThat(coverage.find(need, "part:P1", "3A001.a", "CN", LocalDate.of(2025, 12, 31), BigDecimal.ONE,
                BigDecimal.ONE).covered()).isFalse();
    }

    @Test
    void uses_so_far_count_against_the_quantity_limit_and_the_soonest_expiring_licence_is_used_first() {
        Licence early = individual("A-EARLY", LocalDate.of(2027, 1, 31), new BigDecimal("100"));
        Licence late = individual("B-LATE", LocalDate.of(2028, 1, 31), new BigDecimal("100"));
        List<LicenceUse> uses = List.of(new LicenceUse("A-EARLY", "DN-1", "part:P1", "CN", new BigDecimal("70"),
                new BigDecimal("7000"), LocalDate.of(2026, 3, 1)));
        LicenceCoverage coverage = new LicenceCoverage(List.of(late, early), uses);
        // 100 − 70 − 30 = 0 left: still covered by the early one
        CoverageResult fits = coverage.find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.a.1", "CN", DAY,
                new BigDecimal("30"), BigDecimal.ZERO);
        assertThat(fits.licence().number()).isEqualTo("A-EARLY");
        assertThat(fits.quantityLeft()).isEqualByComparingTo("0");
        // 31 units: the early one is exhausted (−1), the late one takes it with 69 left
        CoverageResult spills = coverage.find(new Requirement.IndividualOrGlobal(), "part:P1", "3A001.a.1", "CN", DAY,
                new BigDecimal("31"), BigDecimal.ZERO);
        assertThat(spills.licence().number()).isEqualTo("B-LATE");
        assertThat(spills.quantityLeft()).isEqualByComparingTo("69");
        assertThat(spills.refusals()).containsExactly(new CoverageResult.Refusal("A-EARLY",
                CoverageResult.Reason.QUANTITY_EXHAUSTED));
    }

    @Test
    void a_licence_is_validated_when_made() {
        assertThatThrownBy(() -> ugea("R", "EU009")).hasMessageContaining("EU001 to EU008");
        assertThatThrownBy(() -> new Licence("X", LicenceKind.GLOBAL, "EU001", DAY, null, Set.of("*"), Set.of("*"),
                null, null, null, null)).hasMessageContaining("only a UGEA registration");
        assertThatThrownBy(() -> new Licence("X", LicenceKind.GLOBAL, null, DAY, DAY.minusDays(1), Set.of("*"),
                Set.of("*"), null, null, null, null)).hasMessageContaining("before valid from");
        assertThatThrownBy(() -> new Licence("X", LicenceKind.GLOBAL, null, DAY, null, Set.of("*"),
                Set.of("China"), null, null, null, null)).hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> new Licence("X", LicenceKind.GLOBAL, null, DAY, null, Set.of(" "),
                Set.of("CN"), null, null, null, null)).hasMessageContaining("covers no items");
    }
}
