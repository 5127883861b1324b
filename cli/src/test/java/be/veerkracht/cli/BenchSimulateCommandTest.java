package be.veerkracht.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark's wiring and arithmetic; never its speed (that belongs in docs/benchmarks.md). */
class BenchSimulateCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_json_report_is_complete_consistent_and_the_engines_agree() throws Exception {
        CliRun run = CliRun.of("bench", "simulate", "--parts", "200", "--scenarios", "50", "--horizon-days", "365",
                "--reference-scenarios", "5", "--warmup-scenarios", "10", "--threads", "2", "--seed", "11",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = json.readTree(run.out());

        assertThat(doc.get("schema").asText()).isEqualTo(BenchSimulateResult.SCHEMA);
        assertThat(doc.get("parts_generated").asInt()).isEqualTo(200);
        assertThat(doc.get("suppliers").asInt()).isEqualTo(40);
        assertThat(doc.get("scenarios").asInt()).isEqualTo(50);
        assertThat(doc.get("horizon_days").asInt()).isEqualTo(365);
        assertThat(doc.get("threads").asInt()).isEqualTo(2);
        assertThat(doc.get("reference_scenarios").asInt()).isEqualTo(5);
        int parts = doc.get("parts_in_model").asInt();
        assertThat(parts).isPositive().isLessThanOrEqualTo(200);
        assertThat(parts + doc.get("parts_excluded").asInt()).isEqualTo(200);

        long nominal = doc.get("part_days_nominal").asLong();
        assertThat(nominal).isEqualTo((long) parts * 50 * 365);
        assertThat(doc.get("reference_part_days_nominal").asLong()).isEqualTo((long) parts * 5 * 365);
        long stepped = doc.get("part_days_stepped").asLong();
        assertThat(stepped).isBetween(0L, nominal);
        assertThat(doc.get("part_days_stepped_share").asDouble()).isCloseTo((double) stepped / nominal, within(1e-12));

        double engineSeconds = doc.get("engine_seconds").asDouble();
        double referenceSeconds = doc.get("reference_seconds").asDouble();
        assertThat(engineSeconds).isPositive();
        assertThat(referenceSeconds).isPositive();
        double engineRate = doc.get("engine_part_days_per_second").asDouble();
        double referenceRate = doc.get("reference_part_days_per_second").asDouble();
        assertThat(engineRate).isCloseTo(nominal / engineSeconds, within(engineRate * 1e-9));
        assertThat(referenceRate).isCloseTo((double) parts * 5 * 365 / referenceSeconds,
                within(referenceRate * 1e-9));
        double speedup = doc.get("speedup").asDouble();
        assertThat(speedup).isCloseTo(engineRate / referenceRate, within(speedup * 1e-9));

        for (String cpu : new String[] {"engine_cpu_seconds", "reference_cpu_seconds", "cpu_speedup"}) {
            assertThat(doc.has(cpu)).as(cpu).isTrue(); // null only where the JVM cannot tell processor time
        }
        if (!doc.get("cpu_speedup").isNull()) {
            double cpuSpeedup = (nominal / doc.get("engine_cpu_seconds").asDouble())
                    / ((double) parts * 5 * 365 / doc.get("reference_cpu_seconds").asDouble());
            assertThat(doc.get("cpu_speedup").asDouble()).isCloseTo(cpuSpeedup, within(cpuSpeedup * 1e-9));
        }

        JsonNode agreement = doc.get("agreement");
        assertThat(agreement.get("scenarios_compared").asInt()).isEqualTo(5);
        assertThat(agreement.get("agrees").asBoolean()).isTrue();
        assertThat(agreement.get("max_relative_difference").asDouble()).isBetween(0.0, BenchSimulateResult.TOLERANCE);

        JsonNode machine = doc.get("machine");
        assertThat(machine.get("java_version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(machine.get("available_processors").asInt()).isPositive();
        assertThat(machine.get("max_heap_bytes").asLong()).isPositive();
    }

    @Test
    void the_text_report_names_the_rates_and_the_agreement() {
        CliRun run = CliRun.of("bench", "simulate", "--parts", "100", "--scenarios", "20", "--horizon-days", "90",
                "--reference-scenarios", "3", "--warmup-scenarios", "0", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("STRESS-TEST ENGINE BENCHMARK", "part-days/s", "Speed-up:", "Stepped:",
                "Agreement:", ": OK");
    }

    @Test
    void repeats_are_listed_and_the_fastest_is_reported() throws Exception {
        CliRun run = CliRun.of("bench", "simulate", "--parts", "50", "--scenarios", "10", "--horizon-days", "60",
                "--reference-scenarios", "2", "--repeats", "3", "--threads", "1", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = json.readTree(run.out());
        assertThat(doc.get("repeats").asInt()).isEqualTo(3);
        assertThat(doc.get("engine_seconds_runs")).hasSize(3);
        assertThat(doc.get("reference_seconds_runs")).hasSize(3);
        double fastest = Double.POSITIVE_INFINITY;
        for (JsonNode seconds : doc.get("engine_seconds_runs")) {
            fastest = Math.min(fastest, seconds.asDouble());
        }
        assertThat(doc.get("engine_seconds").asDouble()).isEqualTo(fastest);
        assertThat(CliRun.of("bench", "simulate", "--repeats", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void the_default_reference_sample_is_at_most_twenty_and_at_most_n() throws Exception {
        CliRun run = CliRun.of("bench", "simulate", "--parts", "50", "--scenarios", "7", "--horizon-days", "30",
                "--threads", "1", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json.readTree(run.out()).get("reference_scenarios").asInt()).isEqualTo(7);
    }

    @Test
    void bad_arguments_are_exit_2() {
        assertThat(CliRun.of("bench", "simulate", "--parts", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun noScenarios = CliRun.of("bench", "simulate", "--parts", "10", "--scenarios", "0");
        assertThat(noScenarios.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noScenarios.err()).contains("--scenarios must be at least 1");
        assertThat(CliRun.of("bench", "simulate", "--parts", "10", "--scenarios", "5", "--reference-scenarios", "6")
                .exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "simulate", "--threads", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("bench", "simulate", "--parts", "x").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void bench_alone_prints_usage_and_an_unknown_subcommand_is_exit_2() {
        CliRun alone = CliRun.of("bench");
        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).contains("simulate");
        assertThat(CliRun.of("bench", "nonsense").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void the_relative_difference_is_absolute_below_one_euro() {
        assertThat(BenchSimulateCommand.relativeDifference(0, 0)).isZero();
        assertThat(BenchSimulateCommand.relativeDifference(1e-12, 0)).isEqualTo(1e-12);
        assertThat(BenchSimulateCommand.relativeDifference(1000, 1001)).isCloseTo(1.0 / 1001, within(1e-15));
    }
}
