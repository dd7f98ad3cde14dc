package io.pixelstudio.app.compare;

import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompareViewModelTest {

    private final List<String> errors = new ArrayList<>();
    private final ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error.getMessage());

    private CompareViewModel twoRuns(Path dir) throws Exception {
        CompareViewModel model = CompareRuns.model(new CurrentThreadTasks(reporter), reporter);
        model.addRuns(List.of(CompareRuns.BASELINE, CompareRuns.writeRunB(dir)));
        assertThat(errors).isEmpty();
        return model;
    }

    @Test
    void theFirstRunIsTheBaselineAndEveryBenchmarkAndCategoryHasARow(@TempDir Path dir) throws Exception {
        CompareViewModel model = twoRuns(dir);

        assertThat(model.runs()).extracting(LoadedRun::name).containsExactly("pixelreasoner-run", "run-b.predictions.jsonl");
        assertThat(model.analysis().summary()).extracting(SummaryRow::label).containsExactly(
                "vstar", "vstar/direct_attributes", "vstar/relative_position", "tallyqa", "infovqa");
        SummaryRow vstar = model.analysis().summary().get(0);
        assertThat(vstar.scores()).allSatisfy(s -> assertThat(s).get().extracting(ScoreSummary::n).isEqualTo(2));
        assertThat(vstar.versusBaseline().get(0)).as("the baseline is not compared with itself").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void everyDeltaIsTheSecondRunsMeanMinusTheBaselinesOnTheSharedItems(@TempDir Path dir) throws Exception {
        CompareViewModel model = twoRuns(dir);

        for (SummaryRow row : model.analysis().summary()) {
            PairedComparison c = row.versusBaseline().get(1).orElseThrow();
            assertThat(c.delta()).as(row.label()).isCloseTo(c.meanB() - c.meanA(), within(1e-12));
            assertThat(c.meanA()).as(row.label()).isCloseTo(row.scores().get(0).orElseThrow().mean(), within(1e-12));
            assertThat(c.meanB()).as(row.label()).isCloseTo(row.scores().get(1).orElseThrow().mean(), within(1e-12));
        }
        SummaryRow direct = row(model, "vstar/direct_attributes");
        assertThat(direct.versusBaseline().get(1).orElseThrow().delta()).isEqualTo(-1.0);
        assertThat(direct.versusBaseline().get(1).orElseThrow().rightToWrong()).isEqualTo(1);
        SummaryRow relative = row(model, "vstar/relative_position");
        assertThat(relative.versusBaseline().get(1).orElseThrow().delta()).isEqualTo(1.0);
        assertThat(row(model, "vstar").versusBaseline().get(1).orElseThrow().mcnemarP()).hasValue(1.0);
        assertThat(new CompareCells(io.pixelstudio.app.i18n.Messages.load()).delta(direct.versusBaseline().get(1)))
                .startsWith("-100.0 [");
    }

    @Test
    void filtersPickTheItemsThatFlippedAndTheBlindAnswer(@TempDir Path dir) throws Exception {
        CompareViewModel model = twoRuns(dir);

        assertThat(qids(model)).containsExactly("vstar-1", "vstar-2", "tallyqa-5", "infovqa-7");
        model.filterProperty().set(SampleFilter.RIGHT_TO_WRONG);
        assertThat(qids(model)).containsExactly("vstar-1");
        model.filterProperty().set(SampleFilter.WRONG_TO_RIGHT);
        assertThat(qids(model)).containsExactly("vstar-2");
        model.filterProperty().set(SampleFilter.ALL_WRONG);
        assertThat(qids(model)).isEmpty();
        model.filterProperty().set(SampleFilter.UNFAITHFUL);
        assertThat(qids(model)).containsExactly("vstar-1");
        RunSample blind = model.visibleSamples().get(0).runs().get(1).orElseThrow();
        assertThat(blind.verdict()).contains(FaithfulnessVerdict.BLIND_WRONG);
        assertThat(blind.score().extracted()).endsWith("B");
    }

    @Test
    void aRunAgainstItsOwnExportHasNoFlipsAndItsSharedMistakeIsAllWrong() {
        CompareViewModel model = CompareRuns.model(new CurrentThreadTasks(reporter), reporter);
        model.addRuns(List.of(CompareRuns.BASELINE, CompareRuns.EXPORT));

        assertThat(errors).isEmpty();
        assertThat(model.analysis().summary()).allSatisfy(r ->
                assertThat(r.versusBaseline().get(1).orElseThrow().delta()).isZero());
        model.filterProperty().set(SampleFilter.RIGHT_TO_WRONG);
        assertThat(qids(model)).isEmpty();
        model.filterProperty().set(SampleFilter.ALL_WRONG);
        assertThat(qids(model)).containsExactly("vstar-2");
    }

    @Test
    void aRunThatCannotBeReadIsReportedWithItsPathAndTheOthersAreStillAdded(@TempDir Path dir) throws Exception {
        CompareViewModel model = CompareRuns.model(new CurrentThreadTasks(reporter), reporter);
        Path missing = dir.resolve("nowhere.jsonl");

        model.addRuns(List.of(CompareRuns.BASELINE, missing));

        assertThat(errors).singleElement().asString().contains(missing.toString());
        assertThat(model.runs()).extracting(LoadedRun::name).containsExactly("pixelreasoner-run");
        assertThat(model.analysis().runs()).hasSize(1);
    }

    @Test
    void busyClearsWhenEveryRunFailsToLoadOrTheAnalysisFails(@TempDir Path dir) {
        CompareViewModel model = CompareRuns.model(new CurrentThreadTasks(reporter), reporter);

        model.addRuns(List.of(dir.resolve("nowhere.jsonl")));

        assertThat(errors).hasSize(1);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void removingTheBaselineMakesTheNextRunTheBaseline(@TempDir Path dir) throws Exception {
        CompareViewModel model = twoRuns(dir);

        model.removeRun(0);

        assertThat(model.analysis().runs()).extracting(LoadedRun::name).containsExactly("run-b.predictions.jsonl");
        assertThat(model.analysis().summary()).allSatisfy(r -> assertThat(r.versusBaseline()).containsExactly(Optional.empty()));
    }

    @Test
    void eachRunsZoomPathIsPlacedOnTheImageFoundThroughTheRunsFolder(@TempDir Path dir) throws Exception {
        CompareViewModel model = twoRuns(dir);
        SampleRow first = model.analysis().samples().get(0);

        ZoomPaths.SampleImage image = ZoomPaths.imageFor(first, model.analysis().runs()).orElseThrow();

        assertThat(image.run()).as("the baseline's image path does not exist here").isEqualTo(1);
        assertThat(image.file()).isEqualTo(dir.resolve("images/cup.png"));
        List<Box> baseline = ZoomPaths.originalPixels(first.runs().get(0).orElseThrow().prediction().trace().orElseThrow(),
                CompareRuns.IMAGE_W, CompareRuns.IMAGE_H);
        List<Box> runB = ZoomPaths.originalPixels(first.runs().get(1).orElseThrow().prediction().trace().orElseThrow(),
                CompareRuns.IMAGE_W, CompareRuns.IMAGE_H);
        // requested [0.1, 0.2, 0.3, 0.4] and [0.5, 0.5, 0.8, 0.8], each grown by the reference crop padding
        assertThat(baseline).singleElement().satisfies(b -> {
            assertThat(b.x1()).isLessThan(0.1 * CompareRuns.IMAGE_W);
            assertThat(b.x2()).isGreaterThan(0.3 * CompareRuns.IMAGE_W);
        });
        assertThat(runB).singleElement().satisfies(b -> {
            assertThat(b.x1()).isLessThan(0.5 * CompareRuns.IMAGE_W).isGreaterThan(0.3 * CompareRuns.IMAGE_W);
            assertThat(b.y2()).isGreaterThan(0.8 * CompareRuns.IMAGE_H);
        });
        assertThat(first.benchmark()).isEqualTo(Benchmark.VSTAR);
    }

    private static SummaryRow row(CompareViewModel model, String label) {
        return model.analysis().summary().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> qids(CompareViewModel model) {
        return model.visibleSamples().stream().map(SampleRow::qid).toList();
    }
}
