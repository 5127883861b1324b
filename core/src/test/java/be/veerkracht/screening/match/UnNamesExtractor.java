package be.veerkracht.screening.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Test tool, run once by hand: reads the names (and nothing else) of the real UN consolidated list with StAX and
 * writes them as the tab-separated test resource {@code un_names_2026-02-27.tsv}, so the evaluation runs without
 * {@code /work/shared}. It is deliberately not the production parser (that lives in ingest); it only needs
 * {@code REFERENCE_NUMBER}, {@code FIRST_NAME..FOURTH_NAME}, {@code *_ALIAS/QUALITY,ALIAS_NAME} and
 * {@code NAME_ORIGINAL_SCRIPT}.
 *
 * <p>Columns: entry id (UN reference number), kind (PERSON/ORGANISATION), quality (PRIMARY; STRONG for QUALITY
 * Good, a.k.a., f.k.a. or empty; WEAK for Low; STRONG for the original-script name), language ({@code orig} for
 * the original-script name, else empty), name.
 *
 * <p>Usage: {@code java ... UnNamesExtractor un_consolidated_2026-02-27.xml out.tsv}
 */
final class UnNamesExtractor {

    private UnNamesExtractor() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
            String kind = null;
            String ref = null;
            String[] parts = new String[4];
            String quality = null;
            List<String> aliases = new ArrayList<>();
            String original = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = xml.getLocalName();
                    switch (tag) {
                        case "INDIVIDUAL", "ENTITY" -> {
                            kind = tag.equals("INDIVIDUAL") ? "PERSON" : "ORGANISATION";
                            ref = null;
                            parts = new String[4];
                            aliases = new ArrayList<>();
                            original = null;
                        }
                        case "REFERENCE_NUMBER" -> ref = xml.getElementText().strip();
                        case "FIRST_NAME" -> parts[0] = xml.getElementText().strip();
                        case "SECOND_NAME" -> parts[1] = xml.getElementText().strip();
                        case "THIRD_NAME" -> parts[2] = xml.getElementText().strip();
                        case "FOURTH_NAME" -> parts[3] = xml.getElementText().strip();
                        case "QUALITY" -> quality = xml.getElementText().strip();
                        case "ALIAS_NAME" -> {
                            String alias = xml.getElementText().strip();
                            if (!alias.isEmpty()) {
                                aliases.add((quality.equalsIgnoreCase("Low") ? "WEAK" : "STRONG") + "\t\t" + clean(alias));
                            }
                        }
                        case "NAME_ORIGINAL_SCRIPT" -> original = xml.getElementText().strip();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && (xml.getLocalName().equals("INDIVIDUAL") || xml.getLocalName().equals("ENTITY"))) {
                    StringBuilder primary = new StringBuilder();
                    for (String part : parts) {
                        if (part != null && !part.isEmpty()) {
                            primary.append(primary.length() == 0 ? "" : " ").append(part);
                        }
                    }
                    rows.add(ref + "\t" + kind + "\tPRIMARY\t\t" + clean(primary.toString()));
                    for (String alias : aliases) {
                        rows.add(ref + "\t" + kind + "\t" + alias);
                    }
                    if (original != null && !original.isEmpty()) {
                        rows.add(ref + "\t" + kind + "\tSTRONG\torig\t" + clean(original));
                    }
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# Names of the UN Security Council consolidated list generated 2026-02-27T00:00:09Z,");
            out.println("# extracted by UnNamesExtractor (names only). Source: https://scsanctions.un.org/resources/xml/en/consolidated.xml");
            out.println("# entry_id\tkind\tquality\tlanguage\tname");
            rows.forEach(out::println);
        }
    }

    private static String clean(String name) {
        return name.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
