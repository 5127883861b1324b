package be.veerkracht.quality.check;

import be.veerkracht.action.Action.Text;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.equivalence.LabAgreement;
import be.veerkracht.quality.measurement.Measurement;
import be.veerkracht.quality.measurement.Source;
import be.veerkracht.quality.spc.ChartSignals;
import java.util.List;
import java.util.Objects;

/**
 * One supplier's data on one characteristic.
 *
 * @param chartSource  the source charted (certificates when there are any, else incoming inspection, else lab)
 * @param lots         the charted lots in time order; the chart's point i is lot i
 * @param chart        the chart with its Western Electric firings; null with fewer than 2 lots
 * @param outOfSpec    every value of the supplier (any source) outside the specification
 * @param capability   from the charted lots; null when it cannot be computed
 * @param lab          certificates against our own measurements of the same lots; null when no lot has both
 * @param explanation  source, baseline and what could not be computed
 */
public record SupplierReview(SupplierId supplier, boolean primary, Source chartSource, List<ChartLot> lots,
                             ChartSignals chart, List<Measurement> outOfSpec, ProcessCapability capability,
                             LabAgreement lab, List<Text> explanation) {

    public SupplierReview {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(chartSource, "chartSource");
        lots = List.copyOf(lots);
        outOfSpec = List.copyOf(outOfSpec);
        explanation = List.copyOf(explanation);
    }
}
