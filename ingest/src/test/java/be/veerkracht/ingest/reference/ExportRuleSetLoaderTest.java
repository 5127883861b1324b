package be.veerkracht.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.veerkracht.compliance.AnnexIvEntry;
import be.veerkracht.compliance.BeneluxException;
import be.veerkracht.compliance.CatchAll;
import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.ControlStatus;
import be.veerkracht.compliance.Decision;
import be.veerkracht.compliance.Embargo;
import be.veerkracht.compliance.EuMemberState;
import be.veerkracht.compliance.ExportCheck;
import be.veerkracht.compliance.ExportDecision;
import be.veerkracht.compliance.ExportItem;
import be.veerkracht.compliance.ExportQuery;
import be.veerkracht.compliance.ExportRule;
import be.veerkracht.compliance.ExportRuleSet;
import be.veerkracht.compliance.ReviewFlag;
import be.veerkracht.compliance.UgeaAuthorisation;
import be.veerkracht.geo.CountryCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped export-control rules ({@code export-control/*.csv}) and a user's overrides of them. The values asserted
 * are those chosen in the shipped files, whose rows name their sources (docs/export-control.md): change them
 * together.
 */
class ExportRuleSetLoaderTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("export-control"));
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ExportRuleSet load() throws Exception {
        return new ExportRuleSetLoader(folder).load();
    }

    private List<String> problems() {
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new ExportRuleSetLoader(folder).load());
        assertThat(invalid).as("expected the overrides to be refused").isNotNull();
        return invalid.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
    }

    private static <R extends ExportRule> R rule(ExportRuleSet set, Class<R> kind, String id) {
        return set.rulesOf(kind).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    // --- the shipped rules ---

    @Test
    void the_shipped_rules_have_every_kind_a_version_and_a_source_on_every_row() {
        ExportRuleSet shipped = ExportRuleSetLoader.shipped();

        assertThat(shipped.version()).isEqualTo("eu-dual-use 2026-11");
        assertThat(shipped.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(shipped.rulesOf(UgeaAuthorisation.class)).extracting(ExportRule::id)
                .containsExactly("EU001", "EU002", "EU003", "EU004", "EU005", "EU006", "EU007", "EU008");
        assertThat(shipped.rulesOf(EuMemberState.class)).hasSize(27 + 8); // + outermost regions, Åland, Monaco
        assertThat(shipped.rulesOf(BeneluxException.class)).extracting(ExportRule::id)
                .containsExactly("BENELUX BE", "BENELUX NL", "BENELUX LU");
        assertThat(shipped.rulesOf(AnnexIvEntry.class)).hasSize(12);
        assertThat(shipped.rulesOf(Embargo.class)).hasSize(4 + 11 + 9);
        assertThat(shipped.rulesOf(CatchAll.class)).extracting(ExportRule::id)
                .containsExactly("ART4-1A", "ART4-1B", "ART5-1");
        assertThat(shipped.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(ExportRuleSetLoader.shipped()).isSameAs(shipped);
    }

    @Test
    void the_shipped_eu001_lists_the_ten_destinations_and_is_marked_unverified_for_its_exclusions() {
        UgeaAuthorisation eu001 = rule(ExportRuleSetLoader.shipped(), UgeaAuthorisation.class, "EU001");

        // Reg. (EU) 2021/821, Annex II, Section A, Part 2; UK added by Reg. (EU) 2020/2171.
        assertThat(eu001.destinations()).extracting(CountryCode::alpha2)
                .containsExactlyInAnyOrder("AU", "CA", "IS", "JP", "NZ", "NO", "CH", "LI", "GB", "US");
        assertThat(eu001.registrationRequired()).isTrue();
        assertThat(eu001.confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(eu001.source()).contains("Annex II, Section A (EU001)").contains("2020/2171");
    }

    @Test
    void what_the_reference_notes_say_to_verify_is_marked_unverified() {
        ExportRuleSet shipped = ExportRuleSetLoader.shipped();

        assertThat(shipped.rulesOf(UgeaAuthorisation.class)).allSatisfy(u ->
                assertThat(u.confidence()).isEqualTo(Confidence.UNVERIFIED));
        assertThat(shipped.rulesOf(Embargo.class)).filteredOn(e -> e.kind() == Embargo.Kind.ARMS_EMBARGO)
                .allSatisfy(e -> assertThat(e.confidence()).isEqualTo(Confidence.UNVERIFIED));
        assertThat(shipped.rulesOf(AnnexIvEntry.class)).allSatisfy(a ->
                assertThat(a.confidence()).isEqualTo(Confidence.UNVERIFIED));
        assertThat(shipped.rulesOf(EuMemberState.class)).filteredOn(m -> m.confidence() == Confidence.VERIFIED)
                .hasSize(27);
    }

    @Test
    void the_engine_over_the_shipped_rules_gives_the_expected_decisions() {
        ExportCheck check = new ExportCheck(ExportRuleSetLoader.shipped());
        ExportItem fpga = ExportItem.part("P-FPGA", ControlStatus.listed("3A001.a.1"));
        ExportItem crypt = ExportItem.part("P-CRYPT", ControlStatus.listed("5A004.a"));

        ExportDecision us = check.check(ExportQuery.of(fpga, new CountryCode("US")));
        // Annex II, Section A (EU001); the row is unverified, so the decision says so.
        assertThat(us.decision()).isEqualTo(Decision.UGEA);
        assertThat(us.authorisation()).get().extracting(a -> a.id()).isEqualTo("EU001");
        assertThat(us.flagged(ReviewFlag.Kind.UNVERIFIED_RULE)).isTrue();
        assertThat(us.ruleSetVersion()).isEqualTo("eu-dual-use 2026-11");
        // Reg. (EU) 833/2014, Art. 2(1).
        assertThat(check.check(ExportQuery.of(fpga, new CountryCode("RU"))).decision())
                .isEqualTo(Decision.PROHIBITED);
        // Art. 11(1) and Annex IV; then the Benelux exception of the reference notes.
        assertThat(check.check(ExportQuery.of(crypt, new CountryCode("DE"))).decision())
                .isEqualTo(Decision.INDIVIDUAL_LICENCE);
        assertThat(check.check(ExportQuery.of(crypt, new CountryCode("LU"))).decision())
                .isEqualTo(Decision.NO_LICENCE_REQUIRED);
        // EU005 lists RU, but the ban comes first.
        ExportItem radio = ExportItem.part("P-RADIO", ControlStatus.listed("5A001.c"));
        assertThat(check.check(ExportQuery.of(radio, new CountryCode("RU"))).decision())
                .isEqualTo(Decision.PROHIBITED);
        assertThat(check.check(ExportQuery.of(radio, new CountryCode("IN"))).authorisation()).get()
                .extracting(a -> a.id()).isEqualTo("EU005");
    }

    @Test
    void the_arms_embargoes_and_members_agree_with_the_reference_geography() {
        ExportRuleSet shipped = ExportRuleSetLoader.shipped();
        java.util.Set<String> embargoed = shipped.rulesOf(Embargo.class).stream()
                .filter(e -> e.kind() == Embargo.Kind.ARMS_EMBARGO).map(e -> e.country().alpha2())
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> overlay = ReferenceGeographyLoader.shipped().countries().stream()
                .filter(c -> c.has(be.veerkracht.geo.Overlay.EU_ARMS_EMBARGO)).map(c -> c.code().alpha2())
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> eu = ReferenceGeographyLoader.shipped().countries().stream()
                .filter(c -> c.tradeRelation() == be.veerkracht.geo.TradeRelation.EU).map(c -> c.code().alpha2())
                .collect(java.util.stream.Collectors.toSet());

        assertThat(embargoed).isEqualTo(overlay);
        assertThat(shipped.rulesOf(EuMemberState.class)).extracting(m -> m.country().alpha2())
                .containsExactlyInAnyOrderElementsOf(eu);
    }

    // --- overrides ---

    @Test
    void an_override_changes_some_columns_adds_a_rule_and_removes_one() throws Exception {
        Path ugea = write("ugea.csv", "id,destinations\nEU001,AU CA IS JP NZ NO CH LI GB US KR\n");
        write("Catch_All.csv", "id,categories,keywords,scope,active,text,source,confidence\n"
                + "OWN-1,,drone|uav,any_third_country,yes,Our own red flag for drones.,\"ICP, 2026\",judgement\n");
        write("destinations.csv", "country,kind,active\nSY,arms_embargo,no\n");

        ExportRuleSet set = load();

        UgeaAuthorisation eu001 = rule(set, UgeaAuthorisation.class, "EU001");
        assertThat(eu001.destinations()).contains(new CountryCode("KR")).hasSize(11);
        assertThat(eu001.registrationRequired()).isTrue();
        assertThat(eu001.source()).isEqualTo("override: " + ugea + ", row 2");
        assertThat(eu001.confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(rule(set, CatchAll.class, "OWN-1").keywords()).containsExactly("drone", "uav");
        assertThat(set.rulesOf(Embargo.class)).extracting(ExportRule::id).doesNotContain("ARMS-EMBARGO SY")
                .contains("ARMS-EMBARGO RU");
        assertThat(set.version()).isEqualTo("eu-dual-use 2026-11 + overrides from " + folder.resolve(
                "export-control") + " (ugea.csv, destinations.csv, catch_all.csv)");
    }

    @Test
    void a_file_saved_by_dutch_excel_reads_too() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("export-control"));
        Files.write(dir.resolve("annex_iv.csv"), ("Entry;Part;Active;Text;Source;Confidence\r\n"
                + "6A001.a;I;yes;Sonar (eigen lijst, één regel);CSG-advies 2026;secondary\r\n")
                .getBytes(Charset.forName("windows-1252")));

        AnnexIvEntry sonar = rule(load(), AnnexIvEntry.class, "ANNEX-IV 6A001.a");

        assertThat(sonar.text()).isEqualTo("Sonar (eigen lijst, één regel)");
        assertThat(sonar.confidence()).isEqualTo(Confidence.SECONDARY);
    }

    @Test
    void a_folder_without_export_control_files_gives_the_shipped_rules() throws Exception {
        Files.writeString(folder.resolve("events.csv"), "scope,event\n");

        ExportRuleSet set = load();

        assertThat(set.version()).isEqualTo("eu-dual-use 2026-11");
        assertThat(set.rules()).containsExactlyElementsOf(ExportRuleSetLoader.shipped().rules());
    }

    @Test
    void the_shipped_files_copied_as_a_starting_point_change_nothing() throws Exception {
        ExportRuleSetLoader.copyShippedFiles(folder);

        assertThat(folder.resolve("export-control/ugea.csv")).exists();
        assertThat(load().rules()).containsExactlyElementsOf(ExportRuleSetLoader.shipped().rules());
    }

    // --- problems ---

    @Test
    void each_bad_value_names_file_row_and_column() throws Exception {
        Path ugea = write("ugea.csv", "id,destinations,goods,technology,condition\n"
                + "EU001,US XX,yes,yes,none\n"
                + "EU002,AR,no,no,none\n"
                + "EU003,AR,yes,yes,on_sundays\n");
        Path destinations = write("destinations.csv", "country,kind,active\n"
                + "ZZ,arms_embargo,yes\n"
                + "SY,blockade,yes\n"
                + "SY,arms_embargo,maybe\n");
        Path annexIv = write("annex_iv.csv", "entry,part,active,text,source,confidence\n"
                + "5Z001,I,yes,t,s,verified\n"
                + "5A002,I,yes,t,s,certain\n"
                + "5A003,I,yes,,s,verified\n");

        // key problems are found while reading each file, the others when the rules are made, file by file
        assertThat(problems()).containsExactly(
                annexIv + ": row 2, entry: not an EU Annex I code such as 3A001.a.1: '5Z001'",
                destinations + ": row 2, country: unknown country code 'ZZ': use ISO 3166-1 alpha-2, such as BE, "
                        + "DE or CN",
                destinations + ": row 3, kind: must be one of eu_member|benelux|dual_use_ban|arms_embargo|"
                        + "partial_arms_embargo, got 'blockade'",
                ugea + ": row 2, destinations: unknown country code 'XX': use ISO 3166-1 alpha-2, such as BE, DE "
                        + "or CN",
                ugea + ": row 3, technology: must be one of yes (goods is no), got 'no'",
                ugea + ": row 4, condition: must be one of NONE|AFTER_REPAIR|TEMPORARY_EXHIBITION|INTRA_GROUP, "
                        + "got 'on_sundays'",
                annexIv + ": row 3, confidence: must be one of VERIFIED|SECONDARY|UNVERIFIED|JUDGEMENT, got "
                        + "'certain'",
                annexIv + ": row 4, text: required, but empty",
                destinations + ": row 4, active: must be one of yes|no, got 'maybe'");
    }

    @Test
    void a_new_rule_must_be_complete_and_an_unknown_column_or_repeated_key_is_refused() throws Exception {
        // a row without a source is credited to the override file and row (and unverified), so no problem there
        Path catchAll = write("catch_all.csv", "id,keywords\nOWN-1,drone\n");
        assertThat(problems()).containsExactly(
                catchAll + ": row 2, text: required, but empty",
                catchAll + ": row 2, active: required, but empty",
                catchAll + ": row 2, scope: required, but empty");

        Path ugea = write("ugea.csv", "id,destinatons\nEU001,US\n");
        Files.delete(catchAll);
        assertThat(problems()).containsExactly(ugea + ": row 1, destinatons: must be one of "
                + String.join("|", ExportRuleFile.UGEA.columns()) + ", got 'destinatons'");

        write("ugea.csv", "id,destinations\nEU001,US\neu001,CA\n");
        assertThat(problems()).containsExactly(ugea + ": row 3, id: 'EU001' appears more than once (first on row 2)");
    }

    @Test
    void a_broken_override_applies_nothing_and_a_missing_folder_is_a_problem() throws Exception {
        write("destinations.csv", "country,kind,active\nSY,arms_embargo,no\nXX,arms_embargo,no\n");
        assertThat(problems()).hasSize(1);
        assertThat(ExportRuleSetLoader.shipped().rulesOf(Embargo.class)).extracting(ExportRule::id)
                .contains("ARMS-EMBARGO SY");

        Path missing = folder.resolve("nope");
        InvalidReferenceDataException invalid = catchThrowableOfType(InvalidReferenceDataException.class,
                () -> new ExportRuleSetLoader(missing).load());
        assertThat(invalid.report(Locale.ENGLISH)).isEqualTo(missing + ": file or folder not found: " + missing);
    }
}
