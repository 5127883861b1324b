package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken XML lists are refused as a whole, naming file, line and field; documents with a DTD (the way to external
 * entities, XXE, and entity expansion bombs) are refused before any entity is resolved.
 */
class XmlListProblemsTest {

    private static final String UN_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n<INDIVIDUALS>\n";
    private static final String UN_TAIL = "</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String individual(String reference, String dateOfBirth) {
        return "<INDIVIDUAL>\n<FIRST_NAME>JOHN</FIRST_NAME>\n<SECOND_NAME>DOE</SECOND_NAME>\n"
                + (reference == null ? "" : "<REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER>\n")
                + "<INDIVIDUAL_DATE_OF_BIRTH>\n<TYPE_OF_DATE>EXACT</TYPE_OF_DATE>\n<DATE>" + dateOfBirth
                + "</DATE>\n</INDIVIDUAL_DATE_OF_BIRTH>\n</INDIVIDUAL>\n";
    }

    private static InvalidSanctionsListException refusal(SanctionsListReader reader, Path file) {
        return catchThrowableOfType(InvalidSanctionsListException.class, () -> reader.read(file));
    }

    @Test
    void aFileThatIsNotXmlIsRefused() throws Exception {
        Path file = write("list.xml", "id,schema,name\n1,Person,John\n");
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), file);
        assertThat(e.file()).isEqualTo("list.xml");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("list.xml: line 1").contains("not well-formed XML");
    }

    @Test
    void theWrongRootIsRefused() throws Exception {
        Path eu = Fixtures.path(Fixtures.EU);
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), eu);
        assertThat(e.field()).isEqualTo("CONSOLIDATED_LIST");
        assertThat(e.line()).isEqualTo(4); // <export ...> is on line 4 of the EU sample
        assertThat(e.problem()).contains("wrong root element", "{http://eu.europa.ec/fpi/fsd/export}export");
        // and the EU reader refuses an export root without the FSF namespace
        Path noNamespace = write("eu.xml", "<?xml version=\"1.0\"?>\n<export generationDate=\"2026-01-01\"/>\n");
        assertThat(refusal(new EuFinancialSanctionsReader(), noNamespace).problem()).contains("wrong root element");
    }

    @Test
    void aTruncatedFileIsRefusedWithTheLineWhereItEnds() throws Exception {
        String whole = Files.readString(Fixtures.path(Fixtures.UN));
        String half = whole.substring(0, whole.length() / 2);
        long lines = half.lines().count();
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), write("un.xml", half));
        assertThat(e.problem()).contains("not well-formed XML");
        assertThat(e.line()).isBetween(lines - 1, lines + 1);
    }

    @Test
    void aMissingReferenceNumberIsRefusedWithTheEntrysLine() throws Exception {
        Path file = write("un.xml", UN_HEAD + individual("QDi.001", "1970-01-01") + individual(null, "1970-01-01")
                + UN_TAIL);
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), file);
        assertThat(e.field()).isEqualTo("REFERENCE_NUMBER");
        assertThat(e.line()).isEqualTo(13); // the second <INDIVIDUAL> starts on line 13 (the first spans 4 to 12)
        assertThat(e.getMessage()).isEqualTo("un.xml: line 13, REFERENCE_NUMBER: missing in INDIVIDUAL");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedWithItsLine() throws Exception {
        Path file = write("un.xml", UN_HEAD + individual("QDi.001", "1970-02-30") + UN_TAIL);
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), file);
        assertThat(e.field()).isEqualTo("DATE");
        assertThat(e.line()).isEqualTo(10); // <DATE> is the 7th line of the individual, which starts on line 4
        assertThat(e.problem()).isEqualTo("entry QDi.001: not a date: '1970-02-30'");
    }

    @Test
    void aBadGenerationDateIsRefused() throws Exception {
        Path file = write("un.xml", UN_HEAD.replace("2026-02-27T00:00:09.554Z", "yesterday") + UN_TAIL);
        assertThat(refusal(new UnConsolidatedListReader(), file).field()).isEqualTo("dateGenerated");
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItPointsAtIsNotRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS>"
                + "<INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n";
        InvalidSanctionsListException e = refusal(new UnConsolidatedListReader(), write("xxe.xml", xxe));
        assertThat(e.field()).isEqualTo("DOCTYPE");
        assertThat(e.problem()).contains("not allowed");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void anEntityExpansionBombIsRefused() throws Exception {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE export [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\">"
                + "<nameAlias wholeName=\"&c;\"/></sanctionEntity></export>\n";
        assertThat(refusal(new EuFinancialSanctionsReader(), write("bomb.xml", bomb)).field()).isEqualTo("DOCTYPE");
    }

    @Test
    void theFactoryHasDtdsAndExternalEntitiesSwitchedOff() {
        var factory = StaxEntries.secureFactory();
        assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES))
                .isEqualTo(false);
    }
}
