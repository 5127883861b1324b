package be.veerkracht.ingest.sanctions;

import be.veerkracht.screening.ListSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The official list formats Veerkracht reads, one per {@link ListSource}, and how to tell them apart by looking at
 * a file: the first {@value #SNIFF_BYTES} bytes are enough (the XML root element, the CSV header), and a folder or a
 * file named {@code SDN.CSV} is OFAC's release.
 */
public enum SanctionsListFormat {
    /** EU Financial Sanctions Files XML v1.1. */
    EU_FSF_XML(ListSource.EU),
    /** UN Security Council consolidated list, XML. */
    UN_CONSOLIDATED_XML(ListSource.UN),
    /** OFAC SDN CSV release: SDN.CSV, ADD.CSV, ALT.CSV. */
    OFAC_SDN_CSV(ListSource.OFAC),
    /** OpenSanctions targets.simple.csv. */
    OPENSANCTIONS_SIMPLE_CSV(ListSource.OPENSANCTIONS);

    /** How much of a file is looked at to recognise it. */
    public static final int SNIFF_BYTES = 4096;
    private static final String OPENSANCTIONS_HEADER = "id,schema,name";

    private final ListSource source;

    SanctionsListFormat(ListSource source) {
        this.source = source;
    }

    public ListSource source() {
        return source;
    }

    /** A reader of this format; {@code publicationDate} is used only when the file states none (may be null). */
    public SanctionsListReader reader(LocalDate publicationDate) {
        return switch (this) {
            case EU_FSF_XML -> new EuFinancialSanctionsReader(publicationDate);
            case UN_CONSOLIDATED_XML -> new UnConsolidatedListReader(publicationDate);
            case OFAC_SDN_CSV -> new OfacSdnReader(publicationDate);
            case OPENSANCTIONS_SIMPLE_CSV -> new OpenSanctionsSimpleReader(publicationDate);
        };
    }

    /** The format of a source ({@code --source eu|un|ofac|opensanctions}). */
    public static SanctionsListFormat of(ListSource source) {
        for (SanctionsListFormat format : values()) {
            if (format.source == source) {
                return format;
            }
        }
        throw new IllegalArgumentException("no format for " + source);
    }

    /**
     * Recognises the format of a file or folder.
     *
     * @throws InvalidSanctionsListException when it is none of the four
     */
    public static SanctionsListFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            if (OfacFiles.isOfacFolder(path)) {
                return OFAC_SDN_CSV;
            }
            throw new InvalidSanctionsListException(path.getFileName().toString(),
                    InvalidSanctionsListException.NO_LINE, null, "a folder without SDN.CSV is no list this reads");
        }
        if (path.getFileName().toString().toUpperCase(Locale.ROOT).equals(OfacFiles.SDN)) {
            return OFAC_SDN_CSV;
        }
        String head = head(path);
        if (head.contains("<" + UnConsolidatedListReader.ROOT)) {
            return UN_CONSOLIDATED_XML;
        }
        if (head.contains(EuFinancialSanctionsReader.NAMESPACE)) {
            return EU_FSF_XML;
        }
        if (head.strip().startsWith(OPENSANCTIONS_HEADER)) {
            return OPENSANCTIONS_SIMPLE_CSV;
        }
        throw new InvalidSanctionsListException(path.getFileName().toString(), InvalidSanctionsListException.NO_LINE,
                null, "not a recognised sanctions list (EU FSF XML, UN consolidated XML, OFAC SDN.CSV, "
                + "OpenSanctions targets.simple.csv); name the source with --source");
    }

    private static String head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8).replace("\ufeff", "");
        }
    }
}
