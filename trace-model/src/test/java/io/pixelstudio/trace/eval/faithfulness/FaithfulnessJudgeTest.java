package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.pixelstudio.trace.eval.faithfulness.ZoomCutsTest.CROPPED;
import static io.pixelstudio.trace.eval.faithfulness.ZoomCutsTest.turns;
import static io.pixelstudio.trace.eval.faithfulness.ZoomCutsTest.zoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FaithfulnessJudgeTest {

    /** One zoom on [0.1,0.2,0.3,0.4], which cuts [0,0.1,0.4,0.5]. */
    private static Prediction zoomed(Evidence... evidence) {
        Trace trace = ZoomCutsTest.trace(List.of(new Media.Image("a.png")),
                turns(zoom("[0.1, 0.2, 0.3, 0.4]", 1), CROPPED, "\\boxed{A}")).withEvidence(List.of(evidence));
        return new Prediction("q1", Benchmark.VSTAR, "", "q", List.of("A"), "\\boxed{A}", Optional.of(trace));
    }

    @Test
    void evidenceInsideTheCutIsFullyCoveredAndAnswersAreFaithful() {
        Prediction p = zoomed(new Evidence.Region(1, Box.normalized(0.05, 0.15, 0.25, 0.35)));

        Faithfulness right = new FaithfulnessJudge().judge(p, true).orElseThrow();
        Faithfulness wrong = new FaithfulnessJudge().judge(p, false).orElseThrow();

        assertThat(right.coverage().getAsDouble()).isCloseTo(1, within(1e-12));
        // evidence 0.2x0.2 inside the 0.4x0.4 cut
        assertThat(right.bestIou().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(right.zooms()).isEqualTo(1);
        assertThat(right.verdict()).isEqualTo(FaithfulnessVerdict.FAITHFUL_CORRECT);
        assertThat(wrong.verdict()).isEqualTo(FaithfulnessVerdict.FAITHFUL_WRONG);
    }

    @Test
    void verdictsFollowThePredictionsAndTakeCorrectnessFromTheScoreOfTheirQid() {
        Prediction covered = zoomed(new Evidence.Region(1, Box.normalized(0.05, 0.15, 0.25, 0.35)));
        Prediction unscored = new Prediction("q2", Benchmark.VSTAR, "", "q", List.of("A"), "", covered.trace());
        Prediction noTrace = new Prediction("q3", Benchmark.VSTAR, "", "q", List.of("A"), "", Optional.empty());
        List<SampleScore> scores = List.of(new SampleScore("q3", Benchmark.VSTAR, "", "A", 1, true),
                new SampleScore("q1", Benchmark.VSTAR, "", "B", 0, false));

        var verdicts = new FaithfulnessJudge().verdicts(List.of(covered, unscored, noTrace), scores);

        assertThat(verdicts).containsExactly(Optional.of(FaithfulnessVerdict.FAITHFUL_WRONG), Optional.empty(),
                Optional.empty());
    }

    @Test
    void evidenceTheZoomsMissedMakesRightAnswersLuckyAndWrongOnesBlind() {
        Prediction p = zoomed(new Evidence.Region(1, Box.normalized(0.6, 0.6, 0.8, 0.8)));

        Faithfulness right = new FaithfulnessJudge().judge(p, true).orElseThrow();

        assertThat(right.coverage().getAsDouble()).isZero();
        assertThat(right.bestIou().getAsDouble()).isZero();
        assertThat(right.verdict()).isEqualTo(FaithfulnessVerdict.LUCKY_CORRECT);
        assertThat(new FaithfulnessJudge().judge(p, false).orElseThrow().verdict()).isEqualTo(FaithfulnessVerdict.BLIND_WRONG);
    }

    @Test
    void theThresholdDecidesAHalfCoveredSample() {
        // evidence [0.3,0.1,0.5,0.5] (0.08) overlaps the cut in [0.3,0.4]x[0.1,0.5] (0.04): coverage 0.5
        Prediction p = zoomed(new Evidence.Region(1, Box.normalized(0.3, 0.1, 0.5, 0.5)));

        assertThat(new FaithfulnessJudge(0.5).judge(p, true).orElseThrow().verdict()).isEqualTo(FaithfulnessVerdict.FAITHFUL_CORRECT);
        assertThat(new FaithfulnessJudge(0.6).judge(p, true).orElseThrow().verdict()).isEqualTo(FaithfulnessVerdict.LUCKY_CORRECT);
        assertThatThrownBy(() -> new FaithfulnessJudge(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frameEvidenceIsJudgedByTheShareOfItsFramesSelected() {
        ZoomCuts cuts = new ZoomCuts(List.of(), 0, new java.util.TreeSet<>(List.of(2, 3, 9)), List.of());

        Faithfulness f = new FaithfulnessJudge().judge("v1", true, List.of(new Evidence.FrameRange(2, 5)), cuts).orElseThrow();

        assertThat(f.frameOverlap().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(f.coverage()).isEmpty();
        assertThat(f.verdict()).isEqualTo(FaithfulnessVerdict.FAITHFUL_CORRECT);
    }

    @Test
    void withoutUsableEvidenceThereIsNoJudgement() {
        ZoomCuts none = new ZoomCuts(List.of(), 0, new java.util.TreeSet<>(), List.of());
        Evidence pixels = new Evidence.Region(1, new Box(10, 10, 50, 50, BoxConvention.ORIGINAL_PIXELS));

        assertThat(new FaithfulnessJudge().judge(zoomed(), true)).isEmpty();
        assertThat(new FaithfulnessJudge().judge("q", true, List.of(pixels), none)).isEmpty();
        assertThat(new FaithfulnessJudge().judge(new Prediction("q", Benchmark.VSTAR, "", "", List.of(), "", Optional.empty()), true)).isEmpty();
    }

    @Test
    void pixelEvidenceIsUsedWhenTheReplayKnowsTheOriginalSize() {
        ZoomCuts cuts = new ZoomCuts(List.of(new RegionCut(1, Box.normalized(0, 0, 0.5, 0.5))), 0,
                new java.util.TreeSet<>(), List.of(new io.pixelstudio.trace.media.ImageSize(200, 100)));
        Evidence pixels = new Evidence.Region(1, new Box(0, 0, 100, 50, BoxConvention.ORIGINAL_PIXELS));

        Faithfulness f = new FaithfulnessJudge().judge("q", true, List.of(pixels), cuts).orElseThrow();

        assertThat(f.bestIou().getAsDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void evidenceOnAnotherImageIsNotCoveredByCutsOfTheFirst() {
        Prediction p = zoomed(new Evidence.Region(2, Box.normalized(0.05, 0.15, 0.25, 0.35)));

        assertThat(new FaithfulnessJudge().judge(p, true).orElseThrow().coverage().getAsDouble()).isZero();
    }

    @Test
    void anImportedPredictionWithEvidenceIsJudgedFromItsStoredTrace() throws java.io.IOException {
        var set = new io.pixelstudio.trace.eval.importer.StudioPredictionsFormat().read(
                java.nio.file.Path.of("src/test/resources/eval/studio/run.predictions.jsonl"),
                io.pixelstudio.trace.eval.importer.ImportOptions.defaults());
        Prediction cup = set.predictions().get(0);

        Faithfulness f = new FaithfulnessJudge().judge(cup, cup.recorded().get(Prediction.RECORDED_CORRECTNESS) > 0.5).orElseThrow();

        assertThat(f.verdict()).isEqualTo(FaithfulnessVerdict.FAITHFUL_CORRECT);
        assertThat(f.bestIou().getAsDouble()).isCloseTo(0.25, within(1e-12));
    }
}
