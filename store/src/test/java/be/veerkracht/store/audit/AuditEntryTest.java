package be.veerkracht.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hash rule checked against hashes computed without this code: the worked example of docs/audit-chain.md
 * and {@code python-chain.jsonl}, both written by {@code make-python-chain.py} (next to the .jsonl) with Python
 * 3.11.7's json and hashlib.
 */
class AuditEntryTest {

    /** The worked example's content digest: SHA-256 of "part_id,annual_demand_units\nP-100,1200\n". */
    static final String EXAMPLE_CONTENT = "b1eac9fc88307f279f8608b3c04a5ffedbcf21dbf1164f2369ae4785c5ecef7d";

    /** Python 3.11.7: hashlib.sha256(json.dumps(e1, sort_keys=True, separators=(',', ':'),
     * ensure_ascii=False).encode('utf-8')).hexdigest() for the worked example e1 (make-python-chain.py). */
    static final String EXAMPLE_HASH = "00c5160f9ca934f5f4e93fca0397c41bca2e8ff1fa0cbd97acec2311f14cf6b3";

    /** Python 3.11.7, same rule, for the second entry of python-chain.jsonl (escapes, key order, big integer). */
    static final String SECOND_HASH = "b992a7aef8b85bfb75c1be76aa855048a9d414773c286421029efc43b6bb8ef7";

    static AuditEntry workedExample() {
        AuditEntryDraft draft = AuditEntryDraft.of("an.peeters", "portfolio.import", "snapshot:1", Map.of(
                "source", "portfolio-2026-11.xlsx", "content_sha256", EXAMPLE_CONTENT,
                "parts", 2, "suppliers", 2, "links", 3, "tools", 1));
        return AuditEntry.seal(1, Instant.parse("2026-11-28T09:30:00.000Z"), draft, AuditEntry.GENESIS_HASH);
    }

    @Test
    void the_worked_example_hashes_as_python_computed_it() {
        assertThat(workedExample().hash()).isEqualTo(EXAMPLE_HASH);
    }

    @Test
    void the_worked_example_exports_as_the_documented_line() {
        assertThat(workedExample().toJsonLine()).isEqualTo("{\"action\":\"portfolio.import\",\"actor\":\"an.peeters\","
                + "\"at\":\"2026-11-28T09:30:00.000Z\",\"details\":{\"content_sha256\":\"" + EXAMPLE_CONTENT + "\","
                + "\"links\":3,\"parts\":2,\"source\":\"portfolio-2026-11.xlsx\",\"suppliers\":2,\"tools\":1},"
                + "\"hash\":\"" + EXAMPLE_HASH + "\",\"prev_hash\":\"" + AuditEntry.GENESIS_HASH + "\",\"seq\":1,"
                + "\"subject\":\"snapshot:1\"}");
    }

    @Test
    void a_chain_written_by_python_reads_verifies_and_writes_back_byte_for_byte() throws Exception {
        Path file = pythonChain();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            AuditEntry entry = AuditEntry.fromJsonLine(line);
            assertThat(entry.toJsonLine()).isEqualTo(line);
            assertThat(entry.computedHash()).isEqualTo(entry.hash());
        }
        assertThat(AuditFileVerifier.verify(file)).isEqualTo(new ChainVerification.Intact(2, SECOND_HASH));
    }

    @Test
    void reading_a_line_is_strict_so_other_tools_would_agree() {
        String line = workedExample().toJsonLine();
        assertThatThrownBy(() -> AuditEntry.fromJsonLine(line.replace("\"seq\":1", "\"seq\":1.0")))
                .hasMessageContaining("seq");
        assertThatThrownBy(() -> AuditEntry.fromJsonLine(line.replace("09:30:00.000Z", "09:30:00Z")))
                .hasMessageContaining("at");
        assertThatThrownBy(() -> AuditEntry.fromJsonLine(line.replace("{\"action\"", "{\"extra\":1,\"action\"")))
                .hasMessageContaining("fields");
        assertThatThrownBy(() -> AuditEntry.fromJsonLine(line.replace(EXAMPLE_HASH, EXAMPLE_HASH.toUpperCase())))
                .hasMessageContaining("hash");
        assertThatThrownBy(() -> AuditEntry.fromJsonLine("[1,2]")).hasMessageContaining("object");
    }

    @Test
    void times_are_whole_milliseconds() {
        assertThatThrownBy(() -> AuditEntry.seal(1, Instant.parse("2026-11-28T09:30:00.000001Z"),
                workedExampleDraft(), AuditEntry.GENESIS_HASH)).hasMessageContaining("milliseconds");
    }

    private static AuditEntryDraft workedExampleDraft() {
        return new AuditEntryDraft("an", "portfolio.import", "snapshot:1", "{}");
    }

    static Path pythonChain() throws URISyntaxException {
        return Path.of(AuditEntryTest.class.getResource("python-chain.jsonl").toURI());
    }
}
