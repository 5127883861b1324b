package be.veerkracht.ingest.sanctions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The three files of the OFAC SDN CSV release: {@code SDN.CSV}, {@code ADD.CSV}, {@code ALT.CSV}, found in a folder
 * whatever the case of their names ({@code sdn.csv} as downloaded from {@code treasury.gov/ofac/downloads/}).
 */
record OfacFiles(Path sdn, Path add, Path alt) {

    static final String SDN = "SDN.CSV";
    static final String ADD = "ADD.CSV";
    static final String ALT = "ALT.CSV";

    /**
     * The three files in {@code path} when it is a folder, or next to it when it is one of the files.
     *
     * @throws InvalidSanctionsListException when one of the three is missing
     */
    static OfacFiles locate(Path path) throws IOException {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        return new OfacFiles(find(folder, SDN), find(folder, ADD), find(folder, ALT));
    }

    /** True when the folder holds an {@code SDN.CSV}, in any case. */
    static boolean isOfacFolder(Path folder) throws IOException {
        return Files.isDirectory(folder) && findOrNull(folder, SDN) != null;
    }

    private static Path find(Path folder, String name) throws IOException {
        Path found = findOrNull(folder, name);
        if (found == null) {
            throw new InvalidSanctionsListException(name, InvalidSanctionsListException.NO_LINE, null,
                    "missing: the OFAC SDN list needs SDN.CSV, ADD.CSV and ALT.CSV in " + folder);
        }
        return found;
    }

    private static Path findOrNull(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toUpperCase(Locale.ROOT).equals(name))
                    .sorted()
                    .findFirst().orElse(null);
        }
    }
}
