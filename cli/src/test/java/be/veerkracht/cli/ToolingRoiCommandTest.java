package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ToolingRoiCommandTest {

    private static final String[] ARTICLE = {"tooling-roi", "--investment", "150000", "--stop-probability", "0.05",
        "--stop-probability-with", "0.005", "--cost-per-day", "20000"};

    @Test
    void the_article_s_case_as_json() throws Exception {
        // the seed article's table: EUR 365,000 and EUR 36,500 a year, payback about 6 months (5.48)
        CliRun run = CliRun.of(with(ARTICLE, "--format", "json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("veerkracht/tooling-roi/1");
        assertThat(json.get("expected_annual_loss_without_eur").decimalValue()).isEqualByComparingTo("365000");
        assertThat(json.get("expected_annual_loss_with_eur").decimalValue()).isEqualByComparingTo("36500");
        assertThat(json.get("annual_saving_eur").decimalValue()).isEqualByComparingTo("328500");
        assertThat(json.get("payback_months").decimalValue()).isEqualByComparingTo("5.48");
        assertThat(json.get("npv_eur").decimalValue()).isEqualByComparingTo("1161605.25");
        assertThat(json.get("break_even_stop_probability").decimalValue()).isEqualByComparingTo("0.010146");
    }

    @Test
    void the_text_speaks_dutch_with_dutch_numbers() {
        CliRun run = CliRun.of(with(ARTICLE, "--lang", "nl"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("TWEEDE MATRIJS", "EUR 365.000,00", "5,5 maanden");
    }

    @Test
    void bad_input_exits_2_naming_the_problem() {
        CliRun worse = CliRun.of("tooling-roi", "--investment", "1", "--stop-probability", "0.01",
                "--stop-probability-with", "0.02", "--cost-per-day", "1");
        assertThat(worse.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(worse.err()).contains("cannot exceed");
        CliRun missing = CliRun.of("tooling-roi", "--investment", "1");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun share = CliRun.of(with(ARTICLE, "--subsidy-rate", "1.5"));
        assertThat(share.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(share.err()).contains("subsidy rate");
    }

    @Test
    void every_label_in_every_language() throws Exception {
        for (String suffix : List.of("", "_nl", "_fr")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/be/veerkracht/cli/toolingroi" + suffix
                    + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ToolingRoiCommand.Label label : ToolingRoiCommand.Label.values()) {
                assertThat(bundle.getProperty(label.key())).as(label + suffix).isNotBlank();
                new java.text.MessageFormat(bundle.getProperty(label.key()));
            }
            assertThat(bundle.stringPropertyNames()).hasSize(ToolingRoiCommand.Label.values().length);
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
