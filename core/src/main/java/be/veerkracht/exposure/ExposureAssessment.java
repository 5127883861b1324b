package be.veerkracht.exposure;

import be.veerkracht.action.Action;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Where a portfolio is exposed: spend by zone and country, each part's concentration, class and flexibility,
 * the findings ranked by severity, and the actions they call for.
 *
 * @param geographyVersion the reference geography used, so every figure traces to its data
 * @param annualSpendEur   the whole portfolio's planned spend, EUR per year
 * @param zones            spend per zone, largest first
 * @param countries        spend per producing country, largest first
 * @param findings         most severe first (by score)
 * @param actions          in the order of the findings that call for them
 */
public record ExposureAssessment(
        String geographyVersion,
        int partCount,
        int supplierCount,
        BigDecimal annualSpendEur,
        List<SpendShare> zones,
        List<SpendShare> countries,
        List<PartExposure> parts,
        List<Finding> findings,
        List<Action> actions) {

    public ExposureAssessment {
        Objects.requireNonNull(geographyVersion, "geographyVersion");
        Objects.requireNonNull(annualSpendEur, "annualSpendEur");
        zones = List.copyOf(zones);
        countries = List.copyOf(countries);
        parts = List.copyOf(parts);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
    }
}
