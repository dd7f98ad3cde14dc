package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving, the unsaved-changes question and the recovery offer, with a recording store and scripted answers. */
class DocumentLifecycleTest {

    private final List<String> calls = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private Optional<DocumentStore.Recovery> recovery = Optional.empty();
    private StudioFixture studio;
    private DocumentLifecycle lifecycle;

    private void open() {
        studio = new StudioFixture(false);
        lifecycle = new DocumentLifecycle(studio.state, new CurrentThreadTasks(), later::add, store(), this::answer,
                Messages.load(), ErrorReporter.rethrowing());
        studio.open();
        later.forEach(Runnable::run);
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    private int answer(String title, String header, String content, List<String> options) {
        asked.add(title + ": " + options);
        return answers.isEmpty() ? -1 : answers.pop();
    }

    private DocumentStore store() {
        return new DocumentStore() {
            @Override
            public Optional<Recovery> opened(TraceDocument document) {
                calls.add("opened");
                return recovery;
            }

            @Override
            public void save(TraceDocument document, ProgressListener progress) {
                calls.add("save dirty=" + document.session().isDirty());
            }

            @Override
            public void closed(TraceDocument document, boolean keepEdits) {
                calls.add("closed keep=" + keepEdits);
            }
        };
    }

    private void edit() throws EditException {
        lifecycle.checkEditable();
        studio.state.editor().edit(new TraceEdit() {
            @Override
            public Trace apply(Trace before) {
                return new Trace(before.id(), before.source(), before.question() + "?", before.media(), before.answers(),
                        before.evidence(), before.turns(), before.review(), before.extras());
            }

            @Override
            public String description() {
                return "ask twice";
            }
        });
    }

    @Test
    void theTitleIsMarkedWhileThereAreUnsavedChanges() throws Exception {
        open();
        assertThat(lifecycle.titleProperty().get()).contains("project").doesNotStartWith("\u2022");
        edit();
        assertThat(lifecycle.titleProperty().get()).startsWith("\u2022 ").contains("project");
        studio.state.editor().undo();
        assertThat(lifecycle.titleProperty().get()).doesNotStartWith("\u2022");
    }

    @Test
    void savingWritesThenMarksCleanAndDropsTheJournal() throws Exception {
        open();
        edit();
        List<String> done = new ArrayList<>();

        lifecycle.save(() -> done.add("then"));

        assertThat(calls).containsExactly("opened", "save dirty=true");
        assertThat(done).containsExactly("then");
        assertThat(studio.state.editor().dirtyProperty().get()).isFalse();
        assertThat(lifecycle.savingProperty().get()).isFalse();
    }

    @Test
    void leavingACleanDocumentAsksNothing() {
        open();
        List<String> done = new ArrayList<>();
        lifecycle.confirmLeave(() -> done.add("left"));
        assertThat(done).containsExactly("left");
        assertThat(asked).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesAsksAndCancelStays() throws Exception {
        open();
        edit();
        List<String> done = new ArrayList<>();
        answers.push(2);

        lifecycle.confirmLeave(() -> done.add("left"));

        assertThat(asked).singleElement().asString().contains("Save", "Discard", "Cancel");
        assertThat(done).isEmpty();
        assertThat(studio.state.editor().dirtyProperty().get()).isTrue();
    }

    @Test
    void discardLeavesWithoutSavingAndDropsTheEditsOnClose() throws Exception {
        open();
        edit();
        answers.push(1);
        lifecycle.confirmLeave(studio.state::close);
        assertThat(calls).containsExactly("opened", "closed keep=false");
    }

    @Test
    void saveLeavesAfterTheSave() throws Exception {
        open();
        edit();
        answers.push(0);
        List<String> done = new ArrayList<>();
        lifecycle.confirmLeave(() -> done.add("left"));
        assertThat(calls).containsExactly("opened", "save dirty=true");
        assertThat(done).containsExactly("left");
    }

    @Test
    void unsavedEditsOfAnEarlierRunAreOfferedAndRestoredOrDiscarded() {
        List<String> recovered = new ArrayList<>();
        recovery = Optional.of(new DocumentStore.Recovery() {
            @Override
            public void restore(TraceDocument document) {
                recovered.add("restore " + document.path().getFileName());
            }

            @Override
            public void discard() {
                recovered.add("discard");
            }
        });
        answers.push(0);
        open();
        assertThat(recovered).containsExactly("restore project");
        assertThat(asked).singleElement().asString().contains("Restore", "Discard");

        studio.close();
        answers.push(1);
        open();
        assertThat(recovered).containsExactly("restore project", "discard");

        studio.close();
        open();
        assertThat(recovered).as("dismissing the question restores").endsWith("restore project");
    }

    @Test
    void editsWaitWhileASaveRuns() throws Exception {
        open();
        studio.close();
        studio = new StudioFixture(false);
        List<Runnable> pending = new ArrayList<>();
        lifecycle = new DocumentLifecycle(studio.state, new BackgroundTasks() {
            @Override
            public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd) {
                pending.add(onEnd);
                return TaskHandle.DONE;
            }
        }, Runnable::run, store(), this::answer, Messages.load(), ErrorReporter.rethrowing());
        studio.open();
        lifecycle.save(() -> { });

        assertThat(lifecycle.savingProperty().get()).isTrue();
        assertThatThrownBy(this::edit).isInstanceOf(EditException.class).hasMessageContaining("saved");
        pending.forEach(Runnable::run);
        assertThat(lifecycle.savingProperty().get()).isFalse();
    }
}
