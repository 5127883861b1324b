package be.veerkracht.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SafeZip} unpacks, and every kind of zip it refuses, each with the message the user then reads. */
class SafeZipTest {

    private static final byte[] CSV = "part_id\n1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path write(byte[] zip) throws IOException {
        return Files.write(folder.resolve("upload.zip"), zip);
    }

    private Path extract(byte[] zip, ImportLimits limits) throws IOException {
        Path target = Files.createDirectory(folder.resolve("out"));
        new SafeZip(limits).extract(write(zip), "p.zip", target);
        return target;
    }

    private static Map<String, byte[]> files(String... names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, CSV);
        }
        return files;
    }

    private static String[] names(Path target) throws IOException {
        try (Stream<Path> listed = Files.list(target)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private static String refusal(Runnable unpack) {
        try {
            unpack.run();
        } catch (ImportRefusal refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.error(Locale.ENGLISH)).isEqualTo("zip refused");
            return String.join("\n", refused.details(Locale.ENGLISH));
        }
        throw new AssertionError("the zip was not refused");
    }

    private String refused(byte[] zip, ImportLimits limits) {
        return refusal(() -> {
            try {
                extract(zip, limits);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void csv_files_at_the_top_or_in_one_folder_are_unpacked_and_mac_leftovers_dotfiles_and_others_skipped()
            throws IOException {
        Map<String, byte[]> files = files("parts.csv", "./sourcing.csv", ".hidden.csv", "README.md");
        assertThat(names(extract(Uploads.zip("", files), ImportLimits.DEFAULT)))
                .containsExactly("parts.csv", "sourcing.csv");

        Files.delete(folder.resolve("upload.zip"));
        Path second = Files.createDirectory(folder.resolve("second"));
        files.put("__MACOSX/._parts.csv", CSV);
        new SafeZip(ImportLimits.DEFAULT).extract(write(Uploads.zip("export/", files)), "p.zip", second);
        assertThat(names(second)).containsExactly("parts.csv", "sourcing.csv");
    }

    @Test
    void climbing_and_absolute_paths_refuse_the_whole_zip() {
        for (String entry : new String[] {"../parts.csv", "a/../../parts.csv", "/etc/parts.csv", "C:/parts.csv",
            "..\\parts.csv"}) {
            assertThat(refused(Uploads.zip("", files("suppliers.csv", entry)), ImportLimits.DEFAULT))
                    .as(entry).isEqualTo("p.zip: the entry '" + entry + "' points outside the zip (an absolute "
                            + "path or ..); the zip is refused.");
            folder.resolve("upload.zip").toFile().delete();
            folder.resolve("out").toFile().delete();
        }
    }

    @Test
    void csv_files_in_a_nested_or_a_second_folder_are_refused() throws IOException {
        assertThat(refused(Uploads.zip("", files("a/b/parts.csv")), ImportLimits.DEFAULT))
                .startsWith("p.zip: the CSV file 'a/b/parts.csv' is in a nested or second folder.");
        Files.delete(folder.resolve("upload.zip"));
        Files.delete(folder.resolve("out"));
        assertThat(refused(Uploads.zip("", files("a/parts.csv", "b/sourcing.csv")), ImportLimits.DEFAULT))
                .startsWith("p.zip: the CSV file 'b/sourcing.csv' is in a nested or second folder.");
    }

    @Test
    void a_file_twice_by_name_is_refused() {
        assertThat(refused(Uploads.zip("", files("parts.csv", "PARTS.CSV")), ImportLimits.DEFAULT))
                .isEqualTo("p.zip: the file 'PARTS.CSV' appears twice.");
    }

    @Test
    void too_many_entries_are_refused_before_unpacking() {
        ImportLimits three = new ImportLimits(1 << 20, 3, 1 << 20);
        assertThat(refused(Uploads.zip("", files("a.csv", "b.csv", "c.csv", "d.csv")), three))
                .isEqualTo("p.zip lists more than 3 entries; a portfolio needs four CSV files.");
    }

    @Test
    void a_zip_bomb_is_stopped_by_the_bytes_unpacked_not_by_what_it_declares() throws IOException {
        // 3 MiB of zeros deflate to a few KiB: the upload is small, its content is not
        byte[] zeros = new byte[3 * 1024 * 1024];
        ImportLimits oneMib = new ImportLimits(1 << 20, 10, 1 << 20);
        assertThat(refused(Uploads.zip("", Map.of("parts.csv", zeros)), oneMib))
                .isEqualTo("p.zip unpacks to more than 1 MiB; the zip is refused.");
        assertThat(Files.size(folder.resolve("upload.zip"))).isLessThan(64 * 1024);
    }

    @Test
    void a_damaged_zip_is_refused_as_unreadable() {
        byte[] zip = Uploads.zip("", files("parts.csv"));
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30);
        assertThat(refused(cut, ImportLimits.DEFAULT)).startsWith("p.zip is not a readable zip file (");
    }
}
