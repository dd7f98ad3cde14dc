package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeldOutEvaluationTest {

    @Test
    void greedyOutcomesAreDeterministicAndTheFiguresSummariseThem(@TempDir Path dir) throws IOException {
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, 11, 12);
        List<ProbeItem> items = suite.items();
        HeldOutEvaluation.Report report;
        HeldOutEvaluation.Report again;
        try (PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), new ZoomGrid(ProbeGenerator.GRID),
                AnswerVocabulary.probes(), 3)) {
            report = new HeldOutEvaluation(policy, dir).evaluate(items, "eval");
            again = new HeldOutEvaluation(policy, dir).evaluate(items, "again");
        }
        assertThat(report.outcomes()).hasSize(items.size());
        assertThat(again.outcomes()).extracting(HeldOutEvaluation.ItemOutcome::answer)
                .isEqualTo(report.outcomes().stream().map(HeldOutEvaluation.ItemOutcome::answer).toList());
        for (HeldOutEvaluation.ItemOutcome o : report.outcomes()) {
            assertThat(o.trace().id()).isEqualTo(o.item().id() + "-eval");
            // the answer mask keeps every answer inside the question kind's vocabulary
            assertThat(o.item().kind().answers()).contains(o.answer());
            assertThat(o.zoomCells().size()).isBetween(0, PolicyRollout.MAX_ZOOMS);
        }
        List<HeldOutEvaluation.ItemOutcome> zoomNeeding = report.outcomes().stream()
                .filter(o -> o.item().kind().needsZoom()).toList();
        assertThat(zoomNeeding).isNotEmpty();
        assertThat(report.rapr()).isCloseTo(report.outcomes().stream().filter(HeldOutEvaluation.ItemOutcome::zoomed)
                .count() / (double) items.size(), within(1e-12));
        assertThat(report.cellHitRate()).isCloseTo(zoomNeeding.stream()
                .filter(o -> o.zoomCells().contains(o.item().cell())).count() / (double) zoomNeeding.size(), within(1e-12));
        assertThat(report.zoomNeedingAccuracy()).isCloseTo(zoomNeeding.stream()
                .filter(o -> o.answer().equals(o.item().answer())).count() / (double) zoomNeeding.size(), within(1e-12));
        assertThat(report.zoomsPerItem()).isCloseTo(report.outcomes().stream()
                .mapToInt(o -> o.zoomCells().size()).average().orElseThrow(), within(1e-12));
        assertThat(report.accuracyByKind().keySet()).containsExactlyInAnyOrderElementsOf(
                items.stream().map(ProbeItem::kind).distinct().toList());
        double weighted = 0;
        for (ProbeKind kind : report.accuracyByKind().keySet()) {
            weighted += report.accuracyByKind().get(kind) * items.stream().filter(i -> i.kind() == kind).count();
        }
        assertThat(weighted / items.size()).isCloseTo(report.accuracy(), within(1e-12));
        if (report.outcomes().stream().anyMatch(HeldOutEvaluation.ItemOutcome::zoomed)) {
            try (var crops = Files.list(dir.resolve(PolicyRollout.CROPS_FOLDER))) {
                assertThat(crops.count()).isPositive();
            }
        }
    }
}
