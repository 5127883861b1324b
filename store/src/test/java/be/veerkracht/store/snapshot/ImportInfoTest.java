package be.veerkracht.store.snapshot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportInfoTest {

    @Test
    void the_digest_must_be_lower_case_sha256_hex() {
        assertThatThrownBy(() -> new ImportInfo("a.xlsx", "ABC", "an")).hasMessageContaining("contentSha256");
        assertThatThrownBy(() -> new ImportInfo("a.xlsx", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", "an"))
                .hasMessageContaining("contentSha256");
        assertThatThrownBy(() -> new ImportInfo(" ", "0".repeat(64), "an")).hasMessageContaining("source");
        assertThatThrownBy(() -> new ImportInfo("a.xlsx", "0".repeat(64), null)).hasMessageContaining("actor");
    }
}
