package be.veerkracht.ingest.sanctions;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The shipped test fixtures (provenance in {@code FIXTURES.md} next to them) and the real files of ../shared. */
final class Fixtures {

    static final String EU = "eu_fsf_sample_1_1.xml";
    static final String UN = "un_consolidated_fixture.xml";
    static final String OFAC_FOLDER = "ofac";
    static final String OPENSANCTIONS = "opensanctions_targets.simple.csv";
    /** The real UN list; present in the development workspace, maybe not in CI. */
    static final Path REAL_UN = Path.of("/work/shared/reference/sanctions/un_consolidated_2026-02-27.xml");

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
