package be.veerkracht.ingest.reference;

import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import be.veerkracht.portfolio.ProblemKey;
import be.veerkracht.portfolio.RowOrigin;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.simulation.events.DurationDistribution;
import be.veerkracht.simulation.events.EventCatalogue;
import be.veerkracht.simulation.events.FootprintEventRate;
import be.veerkracht.simulation.events.GlobalEventRate;
import be.veerkracht.simulation.events.StabilityBand;
import be.veerkracht.simulation.events.SupplierEventRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code events.csv}, the event catalogue: read into rows keyed by (scope, event, applies_to), then into an
 * {@link EventCatalogue}. Uses the same CSV reading ({@link CsvTableReader}), rows ({@link ReferenceRow}) and typed
 * cells ({@link ReferenceFields}) as the reference geography; only the key has three columns instead of one.
 */
final class EventRows {

    static final String SCOPE = "scope";
    static final String EVENT = "event";
    static final String APPLIES_TO = "applies_to";
    static final String ANNUAL_RATE = "annual_rate";
    static final String MEDIAN_DAYS = "median_days";
    static final String P90_DAYS = "p90_days";
    static final String DELAY_DAYS = "delay_days";
    static final String USE_RECOVERY_DAYS = "use_recovery_days";
    static final String SOURCE = "source";

    /** Every column, in file order. */
    static final List<String> COLUMNS = List.of(SCOPE, EVENT, APPLIES_TO, ANNUAL_RATE, MEDIAN_DAYS, P90_DAYS,
            DELAY_DAYS, USE_RECOVERY_DAYS, SOURCE);

    static final String SCOPES = "supplier|footprint|global";
    static final String APPLIES_TO_SUPPLIER = Arrays.stream(StabilityBand.values())
            .map(band -> "stability:" + band.name()).collect(Collectors.joining("|")) + "|supplier:ID";
    static final String BLANK = "(blank for this scope)";
    static final String YES_NO = "yes|no";
    static final String AT_LEAST_ONE_DAY = "a number of days >= 1";

    private EventRows() {
    }

    /** The scopes of the catalogue. */
    enum Scope {
        SUPPLIER, FOOTPRINT, GLOBAL;

        static Scope of(String text) {
            for (Scope scope : values()) {
                if (scope.name().equalsIgnoreCase(text.strip())) {
                    return scope;
                }
            }
            return null;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The rows by key in file order, or empty when the file as a whole is unusable; problems are added.
     *
     * @param complete true for the shipped file (every column required), false for an override file (the key
     *                 columns {@code scope} and {@code event} required, {@code applies_to} when a row needs it)
     */
    static Optional<Map<String, ReferenceRow>> read(String where, byte[] bytes, boolean complete,
                                                    List<Problem> problems) {
        Optional<Table> table = new CsvTableReader(Set.copyOf(COLUMNS)).read(where, bytes, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> columns = ReferenceHeader.columns(table.get(), COLUMNS,
                complete ? COLUMNS : List.of(SCOPE, EVENT), problems);
        if (columns == null) {
            return Optional.empty();
        }
        Map<String, ReferenceRow> rows = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Table.Row row : table.get().rows()) {
            RowOrigin origin = new RowOrigin(where, null, row.number());
            Map<String, ReferenceRow.Value> cells = new HashMap<>();
            columns.forEach((column, index) -> cells.put(column,
                    new ReferenceRow.Value(text(row.cell(index)), origin, table.get().marks())));
            String key = key(cells, origin, problems);
            if (key == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(key, row.number());
            if (first != null) {
                problems.add(Problem.of(origin, EVENT, ProblemKey.DUPLICATE_KEY, key.replace('|', ','), first));
                continue;
            }
            rows.put(key, new ReferenceRow(key, origin, cells));
        }
        return Optional.of(rows);
    }

    /**
     * {@code scope|EVENT|applies_to} normalised ({@code supplier|FIRE|stability:HIGH},
     * {@code supplier|FIRE|supplier:S01}, {@code footprint|TAIWAN_STRAIT|}), or null with a problem added.
     */
    private static String key(Map<String, ReferenceRow.Value> cells, RowOrigin origin, List<Problem> problems) {
        String scopeText = textOf(cells, SCOPE);
        String eventText = textOf(cells, EVENT);
        String appliesText = textOf(cells, APPLIES_TO);
        boolean usable = true;
        Scope scope = null;
        if (scopeText == null) {
            problems.add(Problem.of(origin, SCOPE, ProblemKey.REQUIRED));
            usable = false;
        } else {
            scope = Scope.of(scopeText);
            if (scope == null) {
                problems.add(Problem.of(origin, SCOPE, ProblemKey.NOT_ONE_OF, scopeText, SCOPES));
                usable = false;
            }
        }
        String event = null;
        if (eventText == null) {
            problems.add(Problem.of(origin, EVENT, ProblemKey.REQUIRED));
            usable = false;
        } else {
            event = ReferenceTableReader.code(eventText);
            if (!ReferenceTableReader.CODE.matcher(event).matches()) {
                problems.add(Problem.of(origin, EVENT, ProblemKey.INVALID_ID, eventText));
                usable = false;
            }
        }
        if (scope == null) {
            return null;
        }
        String appliesTo = "";
        if (scope == Scope.SUPPLIER) {
            appliesTo = appliesTo(appliesText);
            if (appliesTo == null) {
                problems.add(Problem.of(origin, APPLIES_TO, appliesText == null ? ProblemKey.REQUIRED
                        : ProblemKey.NOT_ONE_OF, appliesText, APPLIES_TO_SUPPLIER));
                usable = false;
            }
        } else if (appliesText != null) {
            problems.add(Problem.of(origin, APPLIES_TO, ProblemKey.NOT_ONE_OF, appliesText, BLANK));
            usable = false;
        }
        return usable ? scope.code() + "|" + event + "|" + appliesTo : null;
    }

    /** {@code stability:HIGH} or {@code supplier:S01} normalised; null when neither. */
    private static String appliesTo(String text) {
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip();
        if (kind.equals("stability")) {
            String band = ReferenceTableReader.code(value);
            return Arrays.stream(StabilityBand.values()).anyMatch(b -> b.name().equals(band))
                    ? "stability:" + band : null;
        }
        if (kind.equals("supplier")) {
            try {
                return "supplier:" + new SupplierId(value).value();
            } catch (IllegalArgumentException unusable) {
                return null;
            }
        }
        return null;
    }

    /**
     * The catalogue; every problem of every row is added, and the result is null when there is one.
     *
     * @param footprints the footprint codes of the reference geography (zones included) a footprint event may name
     */
    static EventCatalogue assemble(Collection<ReferenceRow> rows, Set<String> footprints, String version,
                                   List<Problem> problems) {
        List<SupplierEventRate> supplierEvents = new ArrayList<>();
        List<FootprintEventRate> footprintEvents = new ArrayList<>();
        List<GlobalEventRate> globalEvents = new ArrayList<>();
        int before = problems.size();
        for (ReferenceRow row : rows) {
            String[] key = row.key().split("\\|", -1);
            Scope scope = Scope.of(key[0]);
            String event = key[1];
            ReferenceFields fields = new ReferenceFields(row, problems);
            Double rate = rate(fields);
            DurationDistribution duration = duration(fields);
            String source = fields.text(SOURCE);
            if (source == null) {
                fields.problem(SOURCE, ProblemKey.REQUIRED);
            }
            switch (scope) {
                case SUPPLIER -> {
                    blank(fields, DELAY_DAYS);
                    Boolean recovery = yesNo(fields);
                    if (fields.clean()) {
                        String appliesTo = key[2];
                        supplierEvents.add(appliesTo.startsWith("stability:")
                                ? SupplierEventRate.forBand(event,
                                        StabilityBand.valueOf(appliesTo.substring("stability:".length())), rate,
                                        duration, recovery, source)
                                : SupplierEventRate.forSupplier(event,
                                        new SupplierId(appliesTo.substring("supplier:".length())), rate, duration,
                                        recovery, source));
                    }
                }
                case FOOTPRINT -> {
                    if (!footprints.contains(event)) {
                        fields.problem(EVENT, ProblemKey.NOT_ONE_OF, fields.text(EVENT),
                                String.join("|", footprints));
                    }
                    blank(fields, DELAY_DAYS);
                    blank(fields, USE_RECOVERY_DAYS);
                    if (fields.clean()) {
                        footprintEvents.add(new FootprintEventRate(event, rate, duration, source));
                    }
                }
                case GLOBAL -> {
                    Double delay = null;
                    if (fields.text(DELAY_DAYS) == null) {
                        fields.problem(DELAY_DAYS, ProblemKey.REQUIRED);
                    } else {
                        delay = fields.positive(DELAY_DAYS);
                    }
                    blank(fields, USE_RECOVERY_DAYS);
                    if (fields.clean()) {
                        globalEvents.add(new GlobalEventRate(event, rate, duration, delay, source));
                    }
                }
                default -> throw new IllegalStateException("scope " + scope);
            }
        }
        return problems.size() == before
                ? new EventCatalogue(version, supplierEvents, footprintEvents, globalEvents) : null;
    }

    /** Occurrences per year, &ge; 0; null with a problem when blank, unreadable or negative. */
    private static Double rate(ReferenceFields fields) {
        if (fields.requiredText(ANNUAL_RATE) == null) {
            return null;
        }
        BigDecimal rate = fields.number(ANNUAL_RATE);
        if (rate != null && rate.signum() < 0) {
            fields.problem(ANNUAL_RATE, ProblemKey.MUST_BE_NON_NEGATIVE, fields.text(ANNUAL_RATE));
            return null;
        }
        return rate == null ? null : rate.doubleValue();
    }

    /** Median &ge; 1 day and 90th percentile &ge; median; null with a problem otherwise. */
    private static DurationDistribution duration(ReferenceFields fields) {
        Double median = days(fields, MEDIAN_DAYS);
        Double p90 = days(fields, P90_DAYS);
        if (median == null || p90 == null) {
            return null;
        }
        if (p90 < median) {
            fields.problem(P90_DAYS, ProblemKey.NOT_ONE_OF, fields.text(P90_DAYS),
                    "a number of days >= median_days (" + fields.text(MEDIAN_DAYS) + ")");
            return null;
        }
        return new DurationDistribution(median, p90);
    }

    private static Double days(ReferenceFields fields, String column) {
        if (fields.requiredText(column) == null) {
            return null;
        }
        BigDecimal days = fields.number(column);
        if (days != null && days.compareTo(BigDecimal.ONE) < 0) {
            fields.problem(column, ProblemKey.NOT_ONE_OF, fields.text(column), AT_LEAST_ONE_DAY);
            return null;
        }
        return days == null ? null : days.doubleValue();
    }

    private static Boolean yesNo(ReferenceFields fields) {
        String text = fields.requiredText(USE_RECOVERY_DAYS);
        if (text == null) {
            return null;
        }
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (answer.equals("yes")) {
            return true;
        }
        if (answer.equals("no")) {
            return false;
        }
        fields.problem(USE_RECOVERY_DAYS, ProblemKey.NOT_ONE_OF, text, YES_NO);
        return null;
    }

    private static void blank(ReferenceFields fields, String column) {
        String text = fields.text(column);
        if (text != null) {
            fields.problem(column, ProblemKey.NOT_ONE_OF, text, BLANK);
        }
    }

    private static String textOf(Map<String, ReferenceRow.Value> cells, String column) {
        ReferenceRow.Value value = cells.get(column);
        return value == null ? null : value.text();
    }

    private static String text(Cell cell) {
        return cell instanceof Cell.Text t && !t.value().isBlank() ? t.value() : null;
    }
}
