package be.veerkracht.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.compliance.Confidence;
import be.veerkracht.compliance.Decision;
import be.veerkracht.compliance.EndUseCategory;
import be.veerkracht.compliance.ReviewFlag;
import be.veerkracht.compliance.TransferKind;
import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpStatus;
import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.compliance.licence.LicenceKind;
import be.veerkracht.compliance.licence.ReportingPeriod;
import be.veerkracht.i18n.Messages;
import be.veerkracht.store.compliance.RegisterEntry;
import be.veerkracht.web.page.WebTextBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The export-control texts: every key in EN, NL and FR (not through a fallback), no stray key, every pattern formats,
 * and every code the pages put into words (decisions, flags, statuses, elements, red flags...) has its text.
 */
class ComplianceTextBundlesTest {

    @Test
    void every_language_file_holds_exactly_the_keys_of_the_code() {
        WebTextBundles.assertExactKeys(ComplianceText.BUNDLE, ComplianceText.values());
    }

    @Test
    void every_pattern_formats_with_all_its_arguments() {
        WebTextBundles.assertPatternsFormat(ComplianceText.values());
    }

    @Test
    void every_code_shown_in_words_has_its_text() {
        assertWords("DECISION_", Decision.values());
        assertWords("FLAG_", ReviewFlag.Kind.values());
        assertWords("CONFIDENCE_", Confidence.values());
        assertWords("END_USE_", EndUseCategory.values());
        assertWords("TRANSFER_", TransferKind.values());
        assertWords("SOURCE_", RegisterEntry.Source.values());
        assertWords("ICP_ELEMENT_", IcpElement.values());
        assertWords("ICP_STATUS_", IcpStatus.values());
        assertWords("RED_FLAG_", RedFlag.values());
        assertWords("LICENCE_KIND_", LicenceKind.values());
        assertWords("REPORTING_", ReportingPeriod.values());
        assertWords("KIND_", be.veerkracht.compliance.ItemKind.values());
    }

    @Test
    void apostrophes_survive() {
        assertThat(Messages.format(ComplianceText.SOURCE_IMPORTED_CODE, Locale.ENGLISH))
                .isEqualTo("the import's dual_use_code");
        assertThat(Messages.format(ComplianceText.TAB_CHECK, Locale.FRENCH)).isEqualTo("Contrôle d'exportation");
    }

    private static void assertWords(String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(ComplianceText.valueOf(prefix + value.name())).as(prefix + value.name()).isNotNull();
        }
    }
}
