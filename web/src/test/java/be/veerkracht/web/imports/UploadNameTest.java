package be.veerkracht.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the client calls its file becomes a safe name, never a path. */
class UploadNameTest {

    @Test
    void a_plain_name_is_kept() {
        assertThat(UploadName.of("Portefeuille 2026 (v2).xlsx").value()).isEqualTo("Portefeuille 2026 (v2).xlsx");
        assertThat(UploadName.of("Überblick-ĳzer_é.zip").value()).isEqualTo("Überblick-ĳzer_é.zip");
    }

    @Test
    void folders_are_dropped_and_no_separator_dot_dot_or_leading_dot_survives() {
        assertThat(UploadName.of("C:\\Users\\an\\portfolio.xlsx").value()).isEqualTo("portfolio.xlsx");
        assertThat(UploadName.of("../../etc/passwd").value()).isEqualTo("passwd");
        assertThat(UploadName.of("..").value()).isEqualTo(UploadName.UNNAMED);
        assertThat(UploadName.of(".bashrc").value()).isEqualTo("bashrc");
        assertThat(UploadName.of("a..b.zip").value()).isEqualTo("a.b.zip");
        assertThat(UploadName.of("x<script>\u0000.xlsx").value()).isEqualTo("x_script__.xlsx");
    }

    @Test
    void nothing_usable_is_upload_and_long_names_keep_their_end() {
        assertThat(UploadName.of(null).value()).isEqualTo("upload");
        assertThat(UploadName.of("   ").value()).isEqualTo("upload");
        String longName = "x".repeat(300) + ".xlsx";
        assertThat(UploadName.of(longName).value()).hasSize(UploadName.MAX_LENGTH).endsWith(".xlsx");
    }

    @Test
    void the_extension_of_the_sniffed_format_is_added_when_missing() {
        assertThat(UploadName.of("export").withExtension(".zip").value()).isEqualTo("export.zip");
        assertThat(UploadName.of("export.ZIP").withExtension(".zip").value()).isEqualTo("export.ZIP");
        assertThat(UploadName.of("x".repeat(120)).withExtension(".xlsx").value()).hasSize(120).endsWith(".xlsx");
    }
}
