package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.exposure.recovery.DisruptedNode;
import be.veerkracht.exposure.recovery.NodeKind;
import org.junit.jupiter.api.Test;

/** Node ids as one path segment: a site's '/' as '~', everything else percent-encoded. */
class NodePathsTest {

    @Test
    void a_site_is_written_with_a_tilde() {
        assertThat(NodePaths.api(new DisruptedNode("L20110/Ningbo", NodeKind.SITE)))
                .isEqualTo("/api/v1/recovery/nodes/site/L20110~Ningbo");
        assertThat(NodePaths.segment("S 1/Zone Süd")).isEqualTo("S%201~Zone%20S%C3%BCd");
        assertThat(NodePaths.api(new DisruptedNode("TAIWAN_STRAIT", NodeKind.FOOTPRINT)))
                .isEqualTo("/api/v1/recovery/nodes/footprint/TAIWAN_STRAIT");
    }

    @Test
    void a_decoded_segment_names_the_id_with_its_slash_or_its_tilde() {
        assertThat(NodePaths.names("L20110~Ningbo", "L20110/Ningbo")).isTrue();
        assertThat(NodePaths.names("L20110/Ningbo", "L20110/Ningbo")).isTrue();
        assertThat(NodePaths.names("L20110", "L20110/Ningbo")).isFalse();
    }

    @Test
    void kinds_are_read_in_any_case_and_nothing_else() {
        assertThat(NodePaths.kind("Zone")).contains(NodeKind.ZONE);
        assertThat(NodePaths.kind(" supplier ")).contains(NodeKind.SUPPLIER);
        assertThat(NodePaths.kind("plant")).isEmpty();
        assertThat(NodePaths.kind(null)).isEmpty();
    }
}
