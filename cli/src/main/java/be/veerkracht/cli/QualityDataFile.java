package be.veerkracht.cli;

import be.veerkracht.ingest.read.Cell;
import be.veerkracht.ingest.read.CsvTableReader;
import be.veerkracht.ingest.read.Table;
import be.veerkracht.portfolio.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The measurements of one characteristic from a CSV file (docs/quality-statistics.md), in file order. Two layouts:
 * the simple {@code characteristic,value[,subgroup]} and the measurements import layout {@code part_id,
 * characteristic, supplier_id, lot, timestamp, value, source}; any other columns are ignored. {@code ;}-separated
 * files use decimal commas. A bad value is refused with its file, row and column.
 *
 * @param subgroupIds the {@code subgroup} column per value, or null when the file has none
 */
record QualityDataFile(String file, List<Double> values, List<String> subgroupIds) {

    static final String CHARACTERISTIC = "characteristic";
    static final String VALUE = "value";
    static final String SUBGROUP = "subgroup";
    private static final Set<String> KNOWN = Set.of(CHARACTERISTIC, VALUE, SUBGROUP, "part_id", "supplier_id", "lot",
            "timestamp", "source");

    /** The values of {@code characteristic} (compared without case) in {@code path}. */
    static QualityDataFile read(Path path, String characteristic, String command) throws BadInputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BadInputException(command + ": cannot read " + path + ": " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        Table table = new CsvTableReader(KNOWN).read(name, bytes, problems).orElseThrow(() -> new BadInputException(
                String.join("\n", problems.stream().map(p -> p.message(Locale.ENGLISH)).toList())));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(table.header().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of(CHARACTERISTIC, VALUE)) {
            if (!columns.containsKey(required)) {
                throw new BadInputException(name + ": no column '" + required + "' (columns: "
                        + String.join(", ", table.header()) + "); see docs/quality-statistics.md");
            }
        }
        Integer subgroup = columns.get(SUBGROUP);
        List<Double> values = new ArrayList<>();
        List<String> ids = subgroup == null ? null : new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (!(row.cell(columns.get(CHARACTERISTIC)) instanceof Cell.Text text)
                    || !text.value().equalsIgnoreCase(characteristic)) {
                continue;
            }
            Cell cell = row.cell(columns.get(VALUE));
            String raw = cell instanceof Cell.Text t ? t.value() : "";
            var value = table.marks().parse(raw);
            if (value.isEmpty()) {
                errors.add(name + ": row " + row.number() + ", " + VALUE + ": not a number: '" + raw + "'"
                        + table.marks().suggestion(raw).map(s -> " (write " + s + ")").orElse(""));
                continue;
            }
            values.add(value.get().doubleValue());
            if (ids != null) {
                Cell id = row.cell(subgroup);
                if (!(id instanceof Cell.Text t)) {
                    errors.add(name + ": row " + row.number() + ", " + SUBGROUP + ": required, but empty");
                    continue;
                }
                ids.add(t.value());
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(String.join("\n", errors));
        }
        if (values.isEmpty()) {
            throw new BadInputException(name + ": no values for characteristic '" + characteristic + "'");
        }
        return new QualityDataFile(name, values, ids);
    }

    /**
     * The values in subgroups: by the {@code subgroup} column (in order of first appearance) when the file has
     * one, else consecutive runs of {@code size} (1 for individual values).
     */
    List<List<Double>> subgroups(int size, String command) throws BadInputException {
        if (subgroupIds != null) {
            Map<String, List<Double>> groups = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                groups.computeIfAbsent(subgroupIds.get(i), k -> new ArrayList<>()).add(values.get(i));
            }
            List<List<Double>> result = new ArrayList<>(groups.values());
            for (Map.Entry<String, List<Double>> group : groups.entrySet()) {
                if (group.getValue().size() != result.get(0).size()) {
                    throw new BadInputException(file + ": subgroup '" + group.getKey() + "' has "
                            + group.getValue().size() + " values, the first has " + result.get(0).size()
                            + "; subgroups must have equal sizes");
                }
            }
            return result;
        }
        if (values.size() % size != 0) {
            throw new BadInputException(command + ": " + values.size() + " values do not split into subgroups of "
                    + size + " (" + file + ")");
        }
        List<List<Double>> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i += size) {
            result.add(List.copyOf(values.subList(i, i + size)));
        }
        return result;
    }
}
