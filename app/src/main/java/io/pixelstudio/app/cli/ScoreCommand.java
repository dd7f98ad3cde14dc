package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;
import io.pixelstudio.trace.eval.stats.ScoreReport;
import io.pixelstudio.trace.eval.stats.ScoreSummarizer;
import io.pixelstudio.trace.eval.stats.ScoreSummary;
import io.pixelstudio.trace.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio score PRED}: each benchmark's own metric with a bootstrap confidence interval,
 * per category, the macro and pooled averages, and — when the source stored its own correctness —
 * how often our rescoring agrees with it.
 */
@Command(name = "score", description = "Score a run's predictions (Pixel Reasoner eval logs, lmms-eval samples, "
        + "studio predictions) with each benchmark's metric and bootstrap confidence intervals.")
final class ScoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    RunScoring scoring = new RunScoring();

    @Parameters(paramLabel = "PRED", description = "Predictions: a file or a Pixel Reasoner logs folder.")
    Path predictions;

    ScoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        return report(scoring.load(predictions, context));
    }

    /** Prints the scores of {@code run} with this command's scoring options (also used by {@code eval}). */
    int report(PredictionSet run) throws IOException {
        List<SampleScore> scores = scoring.score(run);
        ScoreReport report = new ScoreSummarizer(scoring.bootstrap()).summarize(scores);
        StoredAgreement agreement = StoredAgreement.of(run.predictions(), scores);
        Map<FaithfulnessVerdict, Integer> faithfulness = FaithfulnessCounts.of(run.predictions(), scores);
        if (scoring.json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("run", run.name());
            node.put("profile", scoring.profile.name().toLowerCase(Locale.ROOT));
            node.set("provenance", ScoreJson.provenance(run.provenance()));
            node.set("report", ScoreJson.report(report));
            node.put("unreadableRecords", run.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
            ObjectNode verdicts = node.putObject("faithfulness");
            faithfulness.forEach((verdict, count) -> verdicts.put(verdict.name().toLowerCase(Locale.ROOT), count));
            if (agreement.compared() > 0) {
                node.put("storedCorrectnessCompared", agreement.compared());
                node.put("storedCorrectnessDisagreements", agreement.disagreements());
            }
            context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            return 0;
        }
        context.out().println("run " + run.name() + " · " + run.predictions().size() + " predictions · profile "
                + scoring.profile.name().toLowerCase(Locale.ROOT)
                + (run.provenance().checkpoint().isEmpty() ? "" : " · checkpoint " + run.provenance().checkpoint()));
        TextTable table = new TextTable("benchmark / category", "n", "score", "95% CI");
        for (ScoreReport.BenchmarkSummary b : report.benchmarks()) {
            row(table, b.overall());
            b.categories().forEach(c -> row(table, c));
        }
        if (report.benchmarks().size() > 1) {
            row(table, report.macroAverage());
            row(table, report.pooled());
        }
        table.print(context.out());
        if (!faithfulness.isEmpty()) {
            context.out().println();
            TextTable verdicts = new TextTable("faithfulness (samples with evidence)", "samples");
            faithfulness.forEach((verdict, count) ->
                    verdicts.row(verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'), count));
            verdicts.print(context.out());
        }
        if (agreement.compared() > 0) {
            context.out().printf(Locale.ROOT, "stored correctness: %d of %d samples disagree with this rescoring%n",
                    agreement.disagreements(), agreement.compared());
        }
        long unreadable = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (unreadable > 0) {
            context.out().println(unreadable + " record(s) could not be read (listed on stderr)");
        }
        return 0;
    }

    private static void row(TextTable table, ScoreSummary s) {
        table.row(s.label(), s.n(), percent(s.mean()),
                percent(s.interval().low()) + " – " + percent(s.interval().high()));
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value * 100);
    }

    /** How the rescoring compares with the correctness the source itself stored, sample by sample. */
    record StoredAgreement(int compared, int disagreements) {

        static StoredAgreement of(List<Prediction> predictions, List<SampleScore> scores) {
            Map<String, Boolean> rescored = new HashMap<>();
            scores.forEach(s -> rescored.put(s.qid(), s.correct()));
            int compared = 0;
            int disagreements = 0;
            for (Prediction p : predictions) {
                Double stored = p.recorded().get(Prediction.RECORDED_CORRECTNESS);
                Boolean ours = rescored.get(p.qid());
                if (stored == null || ours == null) {
                    continue;
                }
                compared++;
                if ((stored > 0.5) != ours) {
                    disagreements++;
                }
            }
            return new StoredAgreement(compared, disagreements);
        }
    }
}
