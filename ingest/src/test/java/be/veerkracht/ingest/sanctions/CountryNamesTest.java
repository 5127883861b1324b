package be.veerkracht.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** Country names of the lists to ISO codes: the shipped table (country-names.csv) and the JDK names behind it. */
class CountryNamesTest {

    /** Elements of the UN file that hold a country name. */
    private static final Set<String> COUNTRY_ELEMENTS = Set.of("COUNTRY", "ISSUING_COUNTRY", "COUNTRY_OF_ISSUE",
            "COUNTRY_OF_BIRTH");
    /** Names in the UN file that are no current country, left unmapped on purpose (see country-names.csv). */
    private static final Set<String> NOT_COUNTRIES = Set.of("former Soviet Union", "na");

    private final CountryNames names = CountryNames.shipped();

    @Test
    void theUnsOfficialNames() {
        assertThat(names.code("Iran (Islamic Republic of)")).hasValue("IR");
        assertThat(names.code("Democratic People's Republic of Korea")).hasValue("KP");
        assertThat(names.code("Democratic People’s Republic of Korea")).hasValue("KP");
        assertThat(names.code("China, Hong Kong Special Administrative Region")).hasValue("HK");
        assertThat(names.code("Türkiye")).hasValue("TR");
        assertThat(names.code("United Kingdom of Great Britain and Northern Ireland")).hasValue("GB");
        assertThat(names.code("  viet   nam ")).hasValue("VN");
    }

    @Test
    void ofacsShortFormsAndTheJdkNames() {
        assertThat(names.code("Burma")).hasValue("MM");
        assertThat(names.code("Korea, North")).hasValue("KP");
        assertThat(names.code("Russia")).hasValue("RU");
        assertThat(names.code("Belgium")).hasValue("BE");
        assertThat(names.code("Kazakhstan")).hasValue("KZ");
    }

    @Test
    void unknownNamesHaveNoCode() {
        assertThat(names.code("former Soviet Union")).isEmpty();
        assertThat(names.code("Atlantis")).isEmpty();
        assertThat(names.code("")).isEmpty();
        assertThat(names.code(null)).isEmpty();
    }

    @Test
    void everyCountryNameOfTheRealUnFileIsMapped() throws Exception {
        assumeTrue(Files.isRegularFile(Fixtures.REAL_UN), "the real UN file is not in this workspace");
        Set<String> unmapped = new TreeSet<>();
        try (InputStream in = Files.newInputStream(Fixtures.REAL_UN)) {
            XMLStreamReader xml = StaxEntries.secureFactory().createXMLStreamReader(in);
            boolean inNationality = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("NATIONALITY")) {
                        inNationality = true;
                    } else if (COUNTRY_ELEMENTS.contains(element) || inNationality && element.equals("VALUE")) {
                        String name = xml.getElementText().strip();
                        if (!name.isEmpty() && !NOT_COUNTRIES.contains(name) && names.code(name).isEmpty()) {
                            unmapped.add(name);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("NATIONALITY")) {
                    inNationality = false;
                }
            }
        }
        assertThat(unmapped).isEmpty();
    }
}
