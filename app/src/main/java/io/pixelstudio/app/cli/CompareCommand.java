package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.stats.PairedComparator;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreReport;
import io.pixelstudio.trace.eval.stats.ScoreSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio compare RUN_A RUN_B …}: every run's score per benchmark with its interval, then
 * each later run against the first, paired on common qids, so a researcher can tell noise from
 * gain (paired bootstrap interval of the difference; exact McNemar for right/wrong metrics).
 */
@Command(name = "compare", description = "Compare runs benchmark by benchmark: scores with intervals, and each run "
        + "against the first on the same items (paired bootstrap, McNemar, items that flipped).")
final class CompareCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    RunScoring scoring = new RunScoring();

    @Parameters(arity = "2..*", paramLabel = "RUN", description = "Two or more runs (files or logs folders); "
            + "the first is the baseline.")
    List<Path> runs;

    CompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<PredictionSet> sets = new ArrayList<>();
        List<List<SampleScore>> scores = new ArrayList<>();
        for (Path run : runs) {
            PredictionSet set = scoring.load(run, context);
            sets.add(set);
            scores.add(scoring.score(set));
        }
        ScoreSummarizer summarizer = new ScoreSummarizer(scoring.bootstrap());
        List<ScoreReport> reports = scores.stream().map(summarizer::summarize).toList();
        Set<Benchmark> benchmarks = new LinkedHashSet<>();
        reports.forEach(r -> r.benchmarks().forEach(b -> benchmarks.add(b.benchmark())));
        PairedComparator comparator = new PairedComparator(scoring.bootstrap());

        ObjectNode json = new ObjectMapper().createObjectNode();
        ArrayNode runsJson = json.putArray("runs");
        TextTable scoresTable = new TextTable("run", "benchmark", "n", "score", "95% CI");
        for (int i = 0; i < sets.size(); i++) {
            ObjectNode runJson = runsJson.addObject();
            runJson.put("run", sets.get(i).name());
            runJson.set("provenance", ScoreJson.provenance(sets.get(i).provenance()));
            runJson.set("report", ScoreJson.report(reports.get(i)));
            for (ScoreReport.BenchmarkSummary b : reports.get(i).benchmarks()) {
                scoresTable.row(sets.get(i).name(), b.overall().label(), b.overall().n(),
                        ScoreCommand.percent(b.overall().mean()), ScoreCommand.percent(b.overall().interval().low())
                                + " – " + ScoreCommand.percent(b.overall().interval().high()));
            }
        }
        ArrayNode pairsJson = json.putArray("comparisons");
        TextTable pairsTable = new TextTable("run vs " + sets.get(0).name(), "benchmark", "paired n", "Δ score",
                "95% CI of Δ", "McNemar p", "right→wrong", "wrong→right", "only in one run");
        for (int i = 1; i < sets.size(); i++) {
            for (Benchmark benchmark : benchmarks) {
                List<SampleScore> a = only(scores.get(0), benchmark);
                List<SampleScore> b = only(scores.get(i), benchmark);
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                PairedComparison c = comparator.compare(a, b, scoring.scorers().forBenchmark(benchmark).kind());
                ObjectNode pair = ScoreJson.comparison(c);
                pair.put("run", sets.get(i).name());
                pair.put("baseline", sets.get(0).name());
                pair.put("benchmark", benchmark.id());
                pairsJson.add(pair);
                pairsTable.row(sets.get(i).name(), benchmark.id(), c.common(), signed(c.delta()),
                        signed(c.interval().low()) + " – " + signed(c.interval().high()),
                        c.mcnemarP().isPresent() ? String.format(Locale.ROOT, "%.4f", c.mcnemarP().getAsDouble()) : "–",
                        c.rightToWrong(), c.wrongToRight(), c.onlyInA().size() + c.onlyInB().size());
            }
        }
        if (scoring.json) {
            context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            return 0;
        }
        scoresTable.print(context.out());
        context.out().println();
        pairsTable.print(context.out());
        return 0;
    }

    private static List<SampleScore> only(List<SampleScore> scores, Benchmark benchmark) {
        return scores.stream().filter(s -> s.benchmark() == benchmark).toList();
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value * 100);
    }
}
