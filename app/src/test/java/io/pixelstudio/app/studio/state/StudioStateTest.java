package io.pixelstudio.app.studio.state;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The view-model root on the bundled sample, without a window: background work runs on the test thread. */
class StudioStateTest {

    private final TraceFormats formats = TraceFormats.discover();
    private final TraceLoader loader = new TraceLoader(new ImageLoader());
    private final Messages messages = Messages.load();
    private StudioState state;

    @AfterEach
    void close() {
        if (state != null) {
            state.close();
        }
    }

    private StudioState openSample() {
        state = new StudioState(new CurrentThreadTasks(), Runnable::run, formats, loader, messages);
        state.open(SampleData.project());
        return state;
    }

    private int indexOf(String id) {
        return state.traceList().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().index();
    }

    @Test
    void openingTheSampleListsEveryTraceAndShowsTheFirst() {
        openSample();
        assertThat(state.documentProperty().get().size()).isEqualTo(12);
        assertThat(state.traceList().rows()).hasSize(12);
        assertThat(state.scannedRowsProperty().get()).isEqualTo(12);
        assertThat(state.selectedIndexProperty().get()).isZero();
        LoadedTrace first = state.loadedProperty().get();
        assertThat(first.trace().id()).isEqualTo("street-bakery-hours");
        assertThat(first.replay()).isPresent();
        assertThat(first.sources()).hasSize(1);
        assertThat(first.sources().get(0).getWidth()).isEqualTo(2400);
    }

    @Test
    void steppingThroughTurnsFollowsTheLatestToolCallAtOrBeforeTheTurn() {
        openSample();
        state.selectedIndexProperty().set(indexOf("street-name-self-correction"));
        LoadedTrace loaded = state.loadedProperty().get();
        assertThat(loaded.trace().id()).isEqualTo("street-name-self-correction");
        assertThat(loaded.replay().orElseThrow().agrees()).isTrue();
        assertThat(loaded.steps()).extracting(ReplayStep::turnIndex).containsExactly(2, 4);
        assertThat(state.currentTurnProperty().get()).isZero();
        assertThat(state.currentStepProperty().get()).isNull();
        List<Integer> stepTurns = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            state.nextTurn();
            ReplayStep step = state.currentStepProperty().get();
            stepTurns.add(step == null ? -1 : step.turnIndex());
        }
        assertThat(stepTurns).containsExactly(-1, 2, 2, 4, 4, 4, 4, 4);
        assertThat(state.currentTurnProperty().get()).isEqualTo(6);
        state.previousTurn();
        state.previousTurn();
        assertThat(state.currentStepProperty().get().turnIndex()).isEqualTo(4);
        state.previousTurn();
        assertThat(state.currentStepProperty().get().turnIndex()).isEqualTo(2);
        assertThat(state.currentSourceProperty().get()).isZero();
    }

    @Test
    void anInvalidCallIsAFailedStepAndAValidationFinding() {
        openSample();
        state.selectedIndexProperty().set(indexOf("shelf-tea-best-before-bad-target"));
        LoadedTrace loaded = state.loadedProperty().get();
        state.currentTurnProperty().set(2);
        assertThat(state.currentStepProperty().get().result()).hasValueSatisfying(r ->
                assertThat(r).isInstanceOf(OperationResult.Failure.class));
        assertThat(loaded.findings()).anySatisfy(f -> assertThat(f.rule()).startsWith("image.index"));
    }

    @Test
    void aVideoTraceMarksTheSelectedFramesAndShowsTheFirstOneWhenItsStepIsReached() {
        openSample();
        state.selectedIndexProperty().set(indexOf("traffic-light-change"));
        LoadedTrace loaded = state.loadedProperty().get();
        assertThat(loaded.sources()).hasSize(16);
        assertThat(loaded.selectedFrames()).containsExactly(7, 8, 9, 10);
        assertThat(state.currentSourceProperty().get()).isZero();
        state.currentTurnProperty().set(2);
        assertThat(state.currentFrameProperty().get()).isEqualTo(7);
        assertThat(state.currentSourceProperty().get()).isEqualTo(7);
        state.currentFrameProperty().set(12);
        assertThat(state.currentSourceProperty().get()).isEqualTo(12);
    }

    @Test
    void aZoomOnASelectedVideoFrameShowsThatFrame() {
        openSample();
        state.selectedIndexProperty().set(indexOf("traffic-van-phone-self-correction"));
        assertThat(state.loadedProperty().get().selectedFrames()).containsExactly(2, 4, 11);
        state.currentTurnProperty().set(6);
        ReplayStep zoom = state.currentStepProperty().get();
        assertThat(zoom.boxes()).isPresent();
        assertThat(zoom.boxes().get().originalSource()).isEqualTo(11);
        assertThat(state.currentFrameProperty().get()).isEqualTo(11);
    }

    @Test
    void evidenceIsGivenInOriginalPixelsOfItsImage() {
        openSample();
        LoadedTrace bakery = state.loadedProperty().get();
        assertThat(bakery.evidenceOn(0)).singleElement().satisfies(box -> {
            assertThat(box.x1()).isEqualTo(996.0);
            assertThat(box.y2()).isEqualTo(919.0);
        });
        assertThat(bakery.evidenceOn(1)).isEmpty();
        assertThat(bakery.modelInputSize(0)).hasValueSatisfying(size -> {
            assertThat(size.width() % 28).isZero();
            assertThat(size.height() % 28).isZero();
        });
    }

    @Test
    void theLatestSelectionWinsWhenLoadsFinishOutOfOrder() {
        QueuedTasks tasks = new QueuedTasks();
        state = new StudioState(tasks, Runnable::run, formats, loader, messages);
        state.open(SampleData.project());
        tasks.runAll();
        tasks.runAll();
        state.selectedIndexProperty().set(3);
        state.selectedIndexProperty().set(5);
        assertThat(tasks.pending).hasSize(2);
        tasks.pending.remove(1).run();
        assertThat(state.loadedProperty().get().index()).isEqualTo(5);
        tasks.pending.remove(0).run();
        assertThat(state.loadedProperty().get().index()).isEqualTo(5);
        assertThat(tasks.cancelled).isEqualTo(1);
    }

    /** Holds submitted work until the test runs it, in any order. */
    private static final class QueuedTasks implements BackgroundTasks {
        final List<Runnable> pending = new ArrayList<>();
        int cancelled;

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.run(ProgressListener.NONE));
                } catch (CancellationException superseded) {
                    cancelled++;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    onEnd.run();
                }
            });
            return () -> { };
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }
}
