package io.pixelstudio.app.cli;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.importer.GroundTruths;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.eval.metric.Anls;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.eval.metric.ScoringProfile;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Options and steps shared by {@code score} and {@code compare}: import a run's predictions (any
 * supported source), optionally take ground truths from a benchmark file, keep one benchmark, and
 * score with the chosen profile.
 */
final class RunScoring {

    /** Which metrics to apply: each benchmark's own, or the reference code's single accuracy. */
    enum Profile { BENCHMARK, REFERENCE }

    @Option(names = {"-b", "--benchmark"}, paramLabel = "NAME",
            description = "Only this benchmark: vstar, tallyqa, infovqa, mvbench or probes (default: every benchmark found).")
    String benchmark;

    @Option(names = "--gt", paramLabel = "FILE",
            description = "Ground truths (Pixel Reasoner RL/benchmark file: JSON, JSONL or Parquet) by qid; "
                    + "they replace the predictions' own.")
    Path groundTruths;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "BENCHMARK",
            description = "benchmark (each benchmark's metric: accuracy, count match, ANLS) or reference "
                    + "(the Pixel Reasoner code's single accuracy). Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--resamples", paramLabel = "B", defaultValue = "2000",
            description = "Bootstrap resamples for confidence intervals. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    Optional<Benchmark> benchmarkFilter() {
        return Optional.ofNullable(benchmark).map(Benchmark::fromId);
    }

    Bootstrap bootstrap() {
        if (resamples < 100) {
            throw new CliUserException("--resamples must be at least 100, got " + resamples);
        }
        return Bootstrap.DEFAULT.withResamples(resamples);
    }

    BenchmarkScorers scorers() {
        return BenchmarkScorers.of(profile == Profile.REFERENCE ? ScoringProfile.REFERENCE_CODE : ScoringProfile.BENCHMARK,
                Anls.LengthBasis.NORMALISED);
    }

    /** The run at {@code path}, with ground truths applied and other benchmarks left out; findings go to stderr. */
    PredictionSet load(Path path, CliContext context) throws IOException {
        PredictionImporters importers = PredictionImporters.standard(context.formats());
        ImportOptions options = ImportOptions.defaults().withName(nameOf(path));
        Optional<Benchmark> only = benchmarkFilter();
        if (only.isPresent()) {
            options = options.withBenchmark(only.get());
        }
        PredictionSet set = importers.read(path, options);
        if (groundTruths != null) {
            GroundTruths truths = GroundTruths.load(groundTruths, context.formats());
            truths.findings().forEach(f -> context.err().println(f));
            set = truths.applyTo(set);
        }
        set.findings().forEach(f -> context.err().println(f));
        if (only.isEmpty()) {
            return set;
        }
        List<Prediction> kept = set.predictions().stream().filter(p -> p.benchmark() == only.get()).toList();
        return new PredictionSet(set.name(), set.provenance(), kept, set.findings());
    }

    List<SampleScore> score(PredictionSet set) {
        if (set.predictions().isEmpty()) {
            throw new CliUserException(set.name() + ": no predictions to score"
                    + benchmarkFilter().map(b -> " for " + b.id()).orElse(""));
        }
        return scorers().scoreAll(set.predictions());
    }

    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
