package be.veerkracht.bench;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.ExposureAssessor;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioGenerator;
import be.veerkracht.portfolio.synthetic.SyntheticPortfolioSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exposure assessment of a generated portfolio (seed 7) with the shipped reference geography, after start-up:
 * the portfolio and the geography are made in {@link #setUp()}, outside the measurement. Goal (issue 3): under
 * 1 s for 10,000 parts and 2,000 suppliers. {@code firstRun} is the first assessment in a fresh JVM (cold JIT),
 * {@code warm} the steady state.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExposureAssessmentBenchmark {

    @Param({"10000"})
    int parts;

    @Param({"2000"})
    int suppliers;

    private Portfolio portfolio;
    private ReferenceGeography geography;

    @Setup
    public void setUp() {
        portfolio = new SyntheticPortfolioGenerator(new SyntheticPortfolioSpec(parts, suppliers, 7)).generate();
        geography = ReferenceGeographyLoader.shipped();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx4g")
    public ExposureAssessment firstRun() {
        return new ExposureAssessor(geography).assess(portfolio);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = "-Xmx4g")
    public ExposureAssessment warm() {
        return new ExposureAssessor(geography).assess(portfolio);
    }
}
