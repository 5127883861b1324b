package be.veerkracht.store.audit;

import be.veerkracht.store.StoreException;
import be.veerkracht.store.StoreProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Checks an exported audit log (JSON Lines, as {@link AuditLog#export} writes it) without the database, so a
 * copy handed to an auditor can be checked on its own. Same rules as {@link AuditLog#verify()} ({@link ChainWalk});
 * a line that is not an entry is {@link ChainBreak#MALFORMED}. Entries deleted at the end of a file cannot be
 * seen in the file alone: compare {@link ChainVerification.Intact#headHash()} with the head hash recorded at
 * export.
 */
public final class AuditFileVerifier {

    private AuditFileVerifier() {
    }

    /**
     * Reads {@code file} line by line (UTF-8) and checks the chain.
     *
     * @throws StoreException when the file cannot be read at all
     */
    public static ChainVerification verify(Path file) {
        ChainWalk walk = new ChainWalk();
        long lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                feed(walk, lineNumber, line);
            }
        } catch (CharacterCodingException notUtf8) {
            walk.reject(lineNumber + 1, OptionalLong.empty(), "not UTF-8 text");
        } catch (IOException failure) {
            throw StoreException.because(failure, StoreProblem.FILE_FAILED, file, failure.getMessage());
        }
        return walk.finish();
    }

    private static void feed(ChainWalk walk, long lineNumber, String line) {
        AuditEntry entry;
        try {
            entry = AuditEntry.fromJsonLine(line);
        } catch (IllegalArgumentException malformed) {
            walk.reject(lineNumber, OptionalLong.empty(), malformed.getMessage());
            return;
        }
        walk.accept(lineNumber, entry);
    }
}
