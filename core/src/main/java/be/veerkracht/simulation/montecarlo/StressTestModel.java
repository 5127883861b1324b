package be.veerkracht.simulation.montecarlo;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.CountryProfile;
import be.veerkracht.geo.Footprint;
import be.veerkracht.geo.FootprintKind;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.simulation.BaseStockPolicy;
import be.veerkracht.simulation.ReplenishmentPolicy;
import be.veerkracht.simulation.EventDrivenSupplySimulator;
import be.veerkracht.simulation.NoisyDemand;
import be.veerkracht.simulation.PartSupply;
import be.veerkracht.simulation.ReferenceSupplySimulator;
import be.veerkracht.simulation.SteadyDemand;
import be.veerkracht.simulation.SupplySource;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.GlobalEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A portfolio compiled for the Monte Carlo stress test: the parts that can lose demand, and every event stream of the
 * catalogue with the sources it hits. Built once, read by all worker threads; immutable.
 *
 * <p>Rules (docs/stress-test.md): a part is in the test when it has demand and at least one active source; a supplier
 * event is drawn per site (the model's source id: supplier, or supplier/site) in the stability band of the site's
 * producing country, a supplier's own catalogue row replacing the band's; an outage footprint hits the sources
 * producing in its countries; a delay footprint the sources whose sea freight passes it (by sea or mode not given);
 * a global event every source. Events with a zero rate or nothing to hit are listed but never drawn.
 */
public final class StressTestModel {

    private final List<ModelPart> parts;
    private final List<String> excludedParts;
    private final List<EventStream> streams;
    private final List<String> suppliers;
    private final List<String> countries;
    private final List<String> zones;
    private final List<String> events;
    private final Map<String, EventScope> eventScopes;
    private final EventCatalogue catalogue;
    private final String geographyVersion;
    private final List<EventAssumption> eventAssumptions;
    private final Replenishment replenishment;

    private StressTestModel(Builder builder) {
        this.parts = List.copyOf(builder.parts);
        this.excludedParts = List.copyOf(builder.excluded);
        this.streams = List.copyOf(builder.streams);
        this.suppliers = List.copyOf(builder.suppliers.keySet());
        this.countries = List.copyOf(builder.countries.keySet());
        this.zones = List.copyOf(builder.zones.keySet());
        this.events = List.copyOf(builder.events.keySet());
        this.eventScopes = Map.copyOf(builder.eventScopes);
        this.catalogue = builder.catalogue;
        this.geographyVersion = builder.geography.version();
        this.eventAssumptions = builder.assumptions();
        this.replenishment = builder.replenishment;
    }

    /** Every rate of the catalogue, in catalogue order, with what it became in this portfolio. */
    public List<EventAssumption> eventAssumptions() {
        return eventAssumptions;
    }

    /** Compiles the portfolio against the geography and the event catalogue. */
    public static StressTestModel compile(Portfolio portfolio, ReferenceGeography geography,
                                          EventCatalogue catalogue) {
        return compile(portfolio, geography, catalogue, Replenishment.KEEP_STARTING_POSITION);
    }

    /** As {@link #compile(Portfolio, ReferenceGeography, EventCatalogue)}, replenishing as {@code replenishment}. */
    public static StressTestModel compile(Portfolio portfolio, ReferenceGeography geography,
                                          EventCatalogue catalogue, Replenishment replenishment) {
        Builder builder = new Builder(portfolio, geography, catalogue, replenishment);
        builder.parts();
        builder.supplierStreams();
        builder.footprintStreams();
        builder.globalStreams();
        return new StressTestModel(builder);
    }

    public List<ModelPart> parts() {
        return parts;
    }

    /** Ids of the portfolio's parts left out (no demand or no active source), with the reason. */
    public List<String> excludedParts() {
        return excludedParts;
    }

    public List<EventStream> streams() {
        return streams;
    }

    public List<String> suppliers() {
        return suppliers;
    }

    public List<String> countries() {
        return countries;
    }

    public List<String> zones() {
        return zones;
    }

    /** Event codes, in the order first met (supplier events, footprints, global). */
    public List<String> events() {
        return events;
    }

    public EventScope scopeOf(String event) {
        return eventScopes.get(event);
    }

    public EventCatalogue catalogue() {
        return catalogue;
    }

    public Replenishment replenishment() {
        return replenishment;
    }

    /**
     * True when some part is replenished other than by keeping its starting position: only the day-by-day reference
     * engine simulates such a part, and its loss is measured against the same policy without events.
     */
    public boolean needsReferenceEngine() {
        return replenishment instanceof Replenishment.ReorderPoints;
    }

    public String geographyVersion() {
        return geographyVersion;
    }

    /** Number of contribution keys: suppliers, countries, zones, events, in that order. */
    int contributionKeys() {
        return suppliers.size() + countries.size() + zones.size() + events.size();
    }

    int countryKeyOffset() {
        return suppliers.size();
    }

    int zoneKeyOffset() {
        return suppliers.size() + countries.size();
    }

    int eventKeyOffset() {
        return suppliers.size() + countries.size() + zones.size();
    }

    /** Collects parts, keys and streams in portfolio and catalogue order (stable indices: they seed the draws). */
    private static final class Builder {
        private final Portfolio portfolio;
        private final ReferenceGeography geography;
        private final EventCatalogue catalogue;
        private final List<ModelPart> parts = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<EventStream> streams = new ArrayList<>();
        private final Map<String, Integer> suppliers = new LinkedHashMap<>();
        private final Map<String, Integer> countries = new LinkedHashMap<>();
        private final Map<String, Integer> zones = new LinkedHashMap<>();
        private final Map<String, Integer> events = new LinkedHashMap<>();
        private final Map<String, EventScope> eventScopes = new LinkedHashMap<>();
        /** Per catalogue rate: the delay days it adds (footprints), streams and sources hit. */
        private final Map<be.veerkracht.simulation.events.EventRate, int[]> use = new java.util.IdentityHashMap<>();
        /** The model's links with where they sit: part index and source index. */
        private final List<PlacedLink> links = new ArrayList<>();
        private final Replenishment replenishment;

        Builder(Portfolio portfolio, ReferenceGeography geography, EventCatalogue catalogue,
                Replenishment replenishment) {
            this.replenishment = Objects.requireNonNull(replenishment, "replenishment");
            this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
            this.geography = Objects.requireNonNull(geography, "geography");
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        }

        void parts() {
            for (Part part : portfolio.parts()) {
                List<SourcingLink> own = portfolio.linksOf(part.id());
                PartSupply supply = PartSupply.fromPortfolio(part, own);
                if (part.annualDemandUnits() <= 0) {
                    excluded.add(part.id().value() + ": no annual demand");
                    continue;
                }
                if (supply.sources().stream().allMatch(SupplySource::standby)) {
                    excluded.add(part.id().value() + ": no active source (qualified, share above 0)");
                    continue;
                }
                int index = parts.size();
                double mean = SteadyDemand.fromAnnual(part.annualDemandUnits()).meanUnitsPerDay();
                int n = supply.sources().size();
                int[] supplier = new int[n];
                int[] country = new int[n];
                int[] zone = new int[n];
                for (SourcingLink link : own) {
                    if (!PartSupply.inModel(link)) {
                        continue;
                    }
                    int source = sourceIndex(supply, PartSupply.sourceId(link));
                    supplier[source] = key(suppliers, link.supplier().value());
                    CountryCode producing = link.originCountry();
                    country[source] = producing == null ? -1 : key(countries, producing.alpha2());
                    Optional<String> zoneCode = producing == null ? Optional.empty() : geography.zoneOf(producing);
                    zone[source] = zoneCode.map(code -> key(zones, code)).orElse(-1);
                    links.add(new PlacedLink(link, index, source));
                }
                BigDecimal cost = part.shortageCostPerUnit().orElse(BigDecimal.ZERO);
                double sd = part.weeklyDemandSdUnits() / Math.sqrt(NoisyDemand.DAYS_PER_WEEK);
                parts.add(new ModelPart(index, part.id().value(), supply, mean, sd, cost, cost.doubleValue(),
                        new EventDrivenSupplySimulator(supply, mean),
                        new ReferenceSupplySimulator(supply, policy(supply, mean)),
                        supplier, country, zone));
            }
        }

        private ReplenishmentPolicy policy(PartSupply supply, double meanUnitsPerDay) {
            if (replenishment instanceof Replenishment.ReorderPoints points
                    && points.byPart().containsKey(supply.partId())) {
                return points.byPart().get(supply.partId());
            }
            return BaseStockPolicy.keepingStartingPosition(supply, meanUnitsPerDay);
        }

        private static int sourceIndex(PartSupply supply, String sourceId) {
            for (int i = 0; i < supply.sources().size(); i++) {
                if (supply.sources().get(i).id().equals(sourceId)) {
                    return i;
                }
            }
            throw new IllegalStateException("source " + sourceId + " is not in part " + supply.partId());
        }

        private static int key(Map<String, Integer> keys, String value) {
            return keys.computeIfAbsent(value, k -> keys.size());
        }

        /** One stream per (site, supplier event) with a positive rate, sites in order of first appearance. */
        void supplierStreams() {
            Map<String, List<PlacedLink>> bySite = new LinkedHashMap<>();
            for (PlacedLink placed : links) {
                bySite.computeIfAbsent(PartSupply.sourceId(placed.link()), id -> new ArrayList<>()).add(placed);
            }
            for (String event : catalogue.supplierEventCodes()) {
                for (Map.Entry<String, List<PlacedLink>> site : bySite.entrySet()) {
                    SourcingLink first = site.getValue().get(0).link();
                    SupplierId supplier = first.supplier();
                    StabilityBand band = StabilityBand.of(first.originCountry() == null ? null
                            : geography.country(first.originCountry()).map(CountryProfile::stabilityPercentile)
                            .orElse(null));
                    Optional<SupplierEventRate> rate = catalogue.supplierRate(event, supplier, band);
                    if (rate.isEmpty() || rate.get().annualRate() == 0) {
                        continue;
                    }
                    boolean recovery = rate.get().usesRecoveryDays();
                    add(EventScope.SUPPLIER, site.getKey(), rate.get(), 0, site.getValue(),
                            link -> recovery && link.recoveryDays() != null);
                }
            }
        }

        void footprintStreams() {
            for (FootprintEventRate rate : catalogue.footprintEvents()) {
                Optional<Footprint> footprint = geography.footprints().stream()
                        .filter(candidate -> candidate.code().equals(rate.event())).findFirst();
                if (footprint.isEmpty() || rate.annualRate() == 0) {
                    continue;
                }
                Footprint area = footprint.get();
                if (area.kind() == FootprintKind.OUTAGE) {
                    add(EventScope.FOOTPRINT, area.code(), rate, 0, matching(link -> link.originCountry() != null
                            && area.covers(link.originCountry())), link -> false);
                } else {
                    add(EventScope.FOOTPRINT, area.code(), rate, (int) Math.ceil(area.delayDays()),
                            matching(link -> passes(link, area.code())), link -> false);
                }
            }
        }

        void globalStreams() {
            for (GlobalEventRate rate : catalogue.globalEvents()) {
                if (rate.annualRate() > 0) {
                    add(EventScope.GLOBAL, "*", rate, (int) Math.ceil(rate.delayDays()), links, link -> false);
                }
            }
        }

        List<EventAssumption> assumptions() {
            List<EventAssumption> all = new ArrayList<>();
            for (be.veerkracht.simulation.events.EventRate rate : catalogue.all()) {
                int[] counts = use.getOrDefault(rate, new int[3]);
                int extra = counts[0];
                if (rate instanceof FootprintEventRate && extra == 0) {
                    extra = geography.footprints().stream().filter(f -> f.code().equals(rate.event()))
                            .findFirst().filter(f -> f.kind() == FootprintKind.DELAY)
                            .map(f -> (int) Math.ceil(f.delayDays())).orElse(0);
                }
                all.add(EventAssumption.of(rate, extra, counts[1], counts[2]));
            }
            return List.copyOf(all);
        }

        private boolean passes(SourcingLink link, String lane) {
            boolean bySea = link.transportMode() == null || link.transportMode() == TransportMode.SEA;
            return bySea && link.originCountry() != null && geography.country(link.originCountry())
                    .map(profile -> profile.seaLanes().contains(lane)).orElse(false);
        }

        private List<PlacedLink> matching(Predicate<SourcingLink> hit) {
            return links.stream().filter(placed -> hit.test(placed.link())).toList();
        }

        private void add(EventScope scope, String target, be.veerkracht.simulation.events.EventRate rate,
                         int extraDays, List<PlacedLink> hit, Predicate<SourcingLink> usesRecovery) {
            key(events, rate.event());
            int[] counts = use.computeIfAbsent(rate, r -> new int[3]);
            counts[0] = extraDays;
            if (!hit.isEmpty()) {
                counts[1]++;
                counts[2] += hit.size();
            }
            eventScopes.putIfAbsent(rate.event(), scope);
            if (hit.isEmpty()) {
                return;
            }
            int[] partIndex = new int[hit.size()];
            int[] sourceIndex = new int[hit.size()];
            int[] recovery = new int[hit.size()];
            for (int k = 0; k < hit.size(); k++) {
                PlacedLink placed = hit.get(k);
                partIndex[k] = placed.part();
                sourceIndex[k] = placed.source();
                recovery[k] = usesRecovery.test(placed.link()) ? placed.link().recoveryDays() : -1;
            }
            streams.add(new EventStream(streams.size(), scope, target, rate, extraDays, partIndex, sourceIndex,
                    recovery));
        }
    }

    /** A link of the model with the part and source index it became. */
    private record PlacedLink(SourcingLink link, int part, int source) {
    }
}
