package be.veerkracht.web.page;

import be.veerkracht.exposure.SupplierExposure;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.web.app.AssessedSnapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The suppliers list: each supplier's country and zone, how many parts depend on it (and on it alone), and the
 * planned spend placed with it, largest first ({@link SupplierExposures}).
 *
 * @param shownLine "N suppliers"; null without a snapshot
 */
public record SuppliersView(Labels text, boolean hasSnapshot, List<SupplierRow> rows, String shownLine) {

    public SuppliersView {
        rows = List.copyOf(rows);
    }

    /** @param href the supplier's page */
    public record SupplierRow(String id, String href, String name, String country, String zone, String activeParts,
                              String soleSource, String criticalSole, String candidate, String annualSpend,
                              String spendShare, String producesIn) {
    }

    public static SuppliersView of(Labels text, Optional<AssessedSnapshot> latest, ReferenceGeography geography) {
        if (latest.isEmpty()) {
            return new SuppliersView(text, false, List.of(), null);
        }
        BigDecimal total = latest.get().assessment().annualSpendEur();
        List<SupplierRow> rows = latest.get().suppliers().stream()
                .map(e -> row(text, geography, e, total)).toList();
        return new SuppliersView(text, true, rows, text.get(PageText.SUPPLIERS_SHOWN, text.count(rows.size())));
    }

    private static SupplierRow row(Labels text, ReferenceGeography geography, SupplierExposure e, BigDecimal total) {
        String id = e.supplier().id().value();
        double share = total.signum() == 0 ? 0 : e.annualSpendEur().divide(total, MathContext.DECIMAL64).doubleValue();
        return new SupplierRow(id, path(id), e.supplier().name(),
                text.country(e.supplier().country()),
                text.zoneOf(geography, e.supplier().country()), text.count(e.activeParts()),
                text.count(e.soleSourceParts()), text.count(e.criticalSoleSource()), text.count(e.candidateParts()),
                text.eur(e.annualSpendEur()), text.percent(share),
                e.producingCountries().stream().map(CountryCode::alpha2).collect(Collectors.joining(", ")));
    }


    /** The page of a supplier, its id encoded as one path segment. */
    public static String path(String id) {
        return "/suppliers/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
