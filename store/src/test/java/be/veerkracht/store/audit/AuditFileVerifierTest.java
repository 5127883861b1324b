package be.veerkracht.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.veerkracht.store.StoreException;
import be.veerkracht.store.StoreProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain rules ({@link ChainWalk}) on files; the database side runs the same walk (StoreContractTest). */
class AuditFileVerifierTest {

    @TempDir
    Path temp;

    /** A valid chain of {@code length} entries, one second apart. */
    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry entry = AuditEntry.seal(seq, Instant.parse("2026-11-28T09:30:00Z").plusSeconds(seq),
                    AuditEntryDraft.of("tester", "test.append", "thing:" + seq, Map.of("n", seq)), previous);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static List<String> lines(List<AuditEntry> entries) {
        return new ArrayList<>(entries.stream().map(AuditEntry::toJsonLine).toList());
    }

    private Path write(List<String> lines) {
        try {
            return Files.write(Files.createTempFile(temp, "audit", ".jsonl"), lines, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** For jqwik properties, which get no {@code @TempDir}: a file in the system's temporary folder, deleted. */
    private static ChainVerification verifyLines(List<String> lines) throws IOException {
        Path file = Files.createTempFile("veerkracht-audit", ".jsonl");
        try {
            return AuditFileVerifier.verify(Files.write(file, lines, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
        }
    }

    private static ChainVerification.Broken broken(ChainBreak reason, long line, long seq, String... args) {
        return new ChainVerification.Broken(reason, line, OptionalLong.of(seq), List.of(args));
    }

    @Test
    void an_empty_file_is_an_empty_intact_chain() {
        assertThat(AuditFileVerifier.verify(write(List.of())))
                .isEqualTo(new ChainVerification.Intact(0, AuditEntry.GENESIS_HASH));
    }

    @Test
    void an_untouched_chain_is_intact_with_its_last_hash() {
        List<AuditEntry> entries = chain(5);
        assertThat(AuditFileVerifier.verify(write(lines(entries))))
                .isEqualTo(new ChainVerification.Intact(5, entries.get(4).hash()));
    }

    @Test
    void a_deleted_first_line_is_a_gap_at_line_1() {
        List<String> lines = lines(chain(3));
        lines.remove(0);
        assertThat(AuditFileVerifier.verify(write(lines))).isEqualTo(broken(ChainBreak.SEQ_GAP, 1, 2, "1", "2"));
    }

    @Test
    void a_repeated_line_is_out_of_order() {
        List<String> lines = lines(chain(3));
        lines.add(2, lines.get(1));
        assertThat(AuditFileVerifier.verify(write(lines)))
                .isEqualTo(broken(ChainBreak.SEQ_OUT_OF_ORDER, 3, 2, "3", "2"));
    }

    @Test
    void a_chain_not_starting_from_zeros_is_a_prev_hash_mismatch() {
        AuditEntry rooted = AuditEntry.seal(1, Instant.parse("2026-11-28T09:30:00Z"),
                AuditEntryDraft.of("tester", "test.append", "thing:1", Map.of()), "f".repeat(64));
        assertThat(AuditFileVerifier.verify(write(List.of(rooted.toJsonLine()))))
                .isEqualTo(broken(ChainBreak.PREV_HASH_MISMATCH, 1, 1, "f".repeat(64), AuditEntry.GENESIS_HASH));
    }

    @Test
    void a_line_that_is_no_entry_is_malformed_at_its_line() {
        List<String> lines = lines(chain(3));
        lines.set(1, "not json");
        assertThat(AuditFileVerifier.verify(write(lines))).isInstanceOfSatisfying(ChainVerification.Broken.class,
                b -> {
                    assertThat(b.reason()).isEqualTo(ChainBreak.MALFORMED);
                    assertThat(b.position()).isEqualTo(2);
                    assertThat(b.seq()).isEmpty();
                });
    }

    @Test
    void bytes_that_are_not_utf8_are_malformed() throws IOException {
        Path file = write(lines(chain(1)));
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(AuditFileVerifier.verify(file)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                b -> assertThat(b.reason()).isEqualTo(ChainBreak.MALFORMED));
    }

    @Test
    void a_missing_file_is_a_store_error_not_a_verdict() {
        assertThatThrownBy(() -> AuditFileVerifier.verify(temp.resolve("nope.jsonl")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.FILE_FAILED));
    }

    @Property(tries = 200)
    void any_edit_deletion_or_swap_is_found_at_its_line(@ForAll @IntRange(min = 2, max = 12) int length,
                                                        @ForAll @IntRange(min = 0, max = 11) int target,
                                                        @ForAll @IntRange(min = 0, max = 2) int kind)
            throws IOException {
        int at = target % (length - 1); // 0-based; a swap takes the next line too
        List<String> lines = lines(chain(length));
        ChainBreak expected;
        switch (kind) {
            case 0 -> {
                lines.set(at, lines.get(at).replace("\"actor\":\"tester\"", "\"actor\":\"mallory\""));
                expected = ChainBreak.HASH_MISMATCH;
            }
            case 1 -> {
                lines.remove(at);
                expected = ChainBreak.SEQ_GAP;
            }
            default -> {
                lines.add(at, lines.remove(at + 1));
                expected = ChainBreak.SEQ_OUT_OF_ORDER;
            }
        }
        ChainVerification verdict = verifyLines(lines);
        assertThat(verdict).isInstanceOfSatisfying(ChainVerification.Broken.class, b -> {
            assertThat(b.reason()).isEqualTo(expected);
            assertThat(b.position()).isEqualTo(at + 1L);
        });
    }
}
