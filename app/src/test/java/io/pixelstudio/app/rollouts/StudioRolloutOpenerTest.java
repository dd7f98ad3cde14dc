package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.state.TraceLoader;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StudioRolloutOpenerTest {

    @TempDir
    Path dir;

    @Test
    void openingARolloutShowsItsGroupInTheMainStateWithMediaFromTheDumpsFolder() throws Exception {
        Path dump = dir.resolve("street_rollouts.jsonl");
        try (InputStream in = getClass().getResourceAsStream("street_rollouts.jsonl")) {
            Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Paths.get("..", "assets", "sample", "media", "street.jpg"), dir.resolve("street.jpg"),
                StandardCopyOption.REPLACE_EXISTING);
        List<Trace> traces = new StudioRolloutsFormat().read(dump).rollouts().stream()
                .filter(r -> r.qid().equals("street-bakery-hours") && r.step() == 10)
                .map(Rollout::trace).map(t -> t.orElseThrow()).toList();
        AtomicInteger raised = new AtomicInteger();
        try (StudioState state = new StudioState(new CurrentThreadTasks(), Runnable::run, TraceFormats.discover(),
                new TraceLoader(new ImageLoader()), Messages.load())) {

            new StudioRolloutOpener(state, raised::incrementAndGet).open(dump, dir, traces, 2);

            assertThat(state.documentProperty().get().isInMemory()).isTrue();
            assertThat(state.documentProperty().get().mediaFolder()).isEqualTo(dir);
            assertThat(state.traceList().rows()).hasSize(4);
            assertThat(state.selectedIndexProperty().get()).isEqualTo(2);
            assertThat(state.loadedProperty().get().trace().id()).isEqualTo("street-bakery-hours/10/2");
            assertThat(state.loadedProperty().get().replayProblem()).isEmpty();
            state.nextTurn();
            ReplayStep step = state.currentStepProperty().get();
            assertThat(step).isNotNull();
            assertThat(step.boxes()).isPresent();
            assertThat(raised.get()).isEqualTo(1);
        }
    }
}
