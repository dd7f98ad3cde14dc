package io.pixelstudio.app.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.SynthesisResult;
import io.pixelstudio.trace.synth.TraceTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisViewModelTest {

    private static final Path MEDIA = Path.of("..", "assets", "sample", "media").toAbsolutePath().normalize();
    private static final Box HOURS = new Box(996, 836, 1125, 919, BoxConvention.ORIGINAL_PIXELS);

    @TempDir
    Path base;
    private final List<Trace> added = new ArrayList<>();

    private SynthesisViewModel model() {
        return new SynthesisViewModel(new CurrentThreadTasks(), TraceTemplates.defaults(), base, added::add);
    }

    private SynthesisViewModel streetHours() {
        SynthesisViewModel model = model();
        model.mediaProperty().set(MEDIA.resolve("street.jpg"));
        model.evidenceBoxProperty().set(HOURS);
        model.questionProperty().set("When does the bakery close?");
        model.answerProperty().set("18:00");
        return model;
    }

    @Test
    void previewNeedsMediaEvidenceQuestionAndAnswer() {
        SynthesisViewModel model = model();
        assertThat(model.completeProperty().get()).isFalse();
        model.mediaProperty().set(MEDIA.resolve("street.jpg"));
        model.questionProperty().set("q");
        model.answerProperty().set("a");
        assertThat(model.completeProperty().get()).isFalse();
        model.evidenceBoxProperty().set(HOURS);
        assertThat(model.completeProperty().get()).isTrue();
        assertThat(model.itemIdProperty().get()).isEqualTo("street");
        model.preview();
        assertThat(model.previewProperty().get()).isNotNull();
    }

    @Test
    void aSelfCorrectionPreviewShowsTheWrongRegionAndAddHandsTheTraceOver() {
        SynthesisViewModel model = streetHours();
        model.modeProperty().set(SynthesisMode.SELF_CORRECTION);
        model.seedProperty().set(5);
        model.preview();
        SynthesisResult result = model.previewProperty().get();
        assertThat(result.trace()).isPresent();
        assertThat(result.produced()).contains(SynthesisMode.SELF_CORRECTION);
        assertThat(result.wrongRegion()).isPresent();
        assertThat(result.trace().get().evidence()).containsExactly(new Evidence.Region(1, HOURS));
        assertThat(model.busyProperty().get()).isFalse();

        assertThat(model.add()).isTrue();
        assertThat(added).containsExactly(result.trace().get());
    }

    @Test
    void editingAnInputClearsThePreviewSoAStaleTraceIsNeverAdded() {
        SynthesisViewModel model = streetHours();
        model.preview();
        assertThat(model.previewProperty().get()).isNotNull();
        model.answerProperty().set("18:30");
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.add()).isFalse();
        assertThat(added).isEmpty();
    }

    @Test
    void aFrameFolderIsAVideoWhoseEvidenceIsFrames() {
        SynthesisViewModel model = model();
        model.mediaProperty().set(MEDIA.resolve("traffic_frames"));
        assertThat(model.videoProperty().get()).isTrue();
        model.questionProperty().set("When does the light turn green?");
        model.answerProperty().set("9 and 10");
        model.evidenceFrames().addAll(List.of(10, 9));
        model.preview();
        SynthesisResult result = model.previewProperty().get();
        assertThat(result.frames()).containsExactly(8, 9, 10, 11);
        assertThat(result.trace().orElseThrow().isVideo()).isTrue();
    }

    @Test
    void changingTheMediaForgetsTheEvidence() {
        SynthesisViewModel model = streetHours();
        model.mediaProperty().set(MEDIA.resolve("chart.jpg"));
        assertThat(model.evidenceBoxProperty().get()).isNull();
        assertThat(model.itemIdProperty().get()).isEqualTo("chart");
    }

    @Test
    void saveAsWritesANewStudioProjectWithTheTraceAndItsMedia(@TempDir Path target) throws Exception {
        SynthesisViewModel model = streetHours();
        model.preview();
        Path project = target.resolve("synth-project");
        AtomicReference<Path> saved = new AtomicReference<>();
        assertThat(model.saveAs(project, saved::set)).isTrue();
        assertThat(saved.get()).isEqualTo(project);
        ReadResult read = new StudioProjectFormat().read(project, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();
        assertThat(read.traces()).singleElement().extracting(Trace::id).isEqualTo("street-single-pass");
    }
}
