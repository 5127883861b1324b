package be.veerkracht.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format comes from the bytes: the zip signature, and inside an xlsx its package parts. */
class UploadFormatTest {

    @TempDir
    Path folder;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(folder.resolve("any.name"), bytes);
    }

    @Test
    void a_workbook_is_xlsx_whatever_its_name() throws IOException {
        assertThat(UploadFormat.sniff(file(Uploads.sampleXlsx()))).contains(UploadFormat.XLSX);
    }

    @Test
    void another_zip_is_a_zip_of_csv_files_and_an_empty_zip_too() throws IOException {
        assertThat(UploadFormat.sniff(file(Uploads.sampleZip()))).contains(UploadFormat.ZIP);
        assertThat(UploadFormat.sniff(file(Uploads.zip("", java.util.Map.of())))).contains(UploadFormat.ZIP);
    }

    @Test
    void text_and_short_files_are_neither() throws IOException {
        assertThat(UploadFormat.sniff(file("part_id;name\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(UploadFormat.sniff(file(new byte[] {'P', 'K'}))).isEmpty();
        assertThat(UploadFormat.sniff(file(new byte[0]))).isEmpty();
    }
}
