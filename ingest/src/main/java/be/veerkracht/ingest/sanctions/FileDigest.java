package be.veerkracht.ingest.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of a list version: SHA-256 over the bytes of the file, or of several files one after the other
 * in the order given (OFAC: {@code SDN.CSV}, {@code ADD.CSV}, {@code ALT.CSV}), as lower-case hex. Streams the
 * files, so a large list costs no memory.
 */
final class FileDigest {

    private static final String ALGORITHM = "SHA-256";
    private static final int BUFFER_BYTES = 64 * 1024;

    private FileDigest() {
    }

    static String sha256(Path... files) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_BYTES];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
