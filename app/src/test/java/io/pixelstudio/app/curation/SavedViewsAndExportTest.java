package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.state.TraceLoader;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.curation.SetVerdict;
import io.pixelstudio.trace.export.ExportTarget;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;
import io.pixelstudio.trace.query.SavedViewsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved views and the export scopes and runner on the sample project, without a window. */
class SavedViewsAndExportTest {

    @TempDir
    Path tmp;

    private StudioState state;

    @BeforeEach
    void openSample() {
        state = new StudioState(new CurrentThreadTasks(), Runnable::run, TraceFormats.discover(),
                new TraceLoader(new ImageLoader()), Messages.load());
        state.open(SampleData.project());
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void viewsAreSavedRenamedAndDeletedInTheirFile() throws IOException {
        Path data = Files.writeString(tmp.resolve("data.json"), "[]");
        SavedViewsModel model = new SavedViewsModel(new SavedViewsFile());
        model.open(data);
        model.save("Small", "box<0.05");
        model.save("Charts", "tag:chart");
        model.rename("Small", "Tiny boxes");
        model.delete("Charts");
        assertThat(new SavedViewsFile().read(data).user()).containsExactly(SavedView.of("Tiny boxes", "box<0.05"));
        assertThat(model.viewsProperty().get().all()).extracting(SavedView::name)
                .containsExactly("Accepted", "Needs fix", "Unreviewed", "Invalid", "Tiny boxes");
        assertThatThrownBy(() -> model.save("Bad", "ops>x")).hasMessageContaining("column 5");
    }

    @Test
    void scopesChooseTheSameTracesAsTheirQueries() {
        List<TraceRow> rows = List.copyOf(state.traceList().rows());
        ExportChoice accepted = new ExportChoice(ExportChoice.Scope.ACCEPTED, null, List.of(ExportTarget.SHAREGPT), tmp);
        assertThat(ExportScopes.resolve(accepted, rows, "", List.of(), SavedViews.builtInOnly()).indices()).containsExactly(0, 1, 4, 7, 9, 10);
        ExportChoice view = new ExportChoice(ExportChoice.Scope.VIEW, "Needs fix", List.of(ExportTarget.SHAREGPT), tmp);
        assertThat(ExportScopes.resolve(view, rows, "", List.of(), SavedViews.builtInOnly())
                .indices()).containsExactly(5, 11);
        ExportChoice filter = new ExportChoice(ExportChoice.Scope.FILTER, null, List.of(ExportTarget.SHAREGPT), tmp);
        ExportScopes.Chosen chosen = ExportScopes.resolve(filter, rows, "op:frames", List.of(),
                SavedViews.builtInOnly());
        assertThat(chosen.indices()).containsExactly(10, 11);
        assertThat(chosen.description()).isEqualTo("op:frames");
        ExportChoice selection = new ExportChoice(ExportChoice.Scope.SELECTION, null, List.of(ExportTarget.SHAREGPT), tmp);
        assertThat(ExportScopes.resolve(selection, rows, "", List.of(rows.get(3), rows.get(2)),
                SavedViews.builtInOnly()).indices()).containsExactly(2, 3);
    }

    @Test
    void theRunnerExportsTheEditedTracesAndReportsAConflictTheSecondTime() throws Exception {
        state.selectedIndexProperty().set(2);
        state.editor().edit(new SetVerdict(ReviewStatus.ACCEPTED));
        List<TraceRow> rows = List.copyOf(state.traceList().rows());
        ExportChoice choice = new ExportChoice(ExportChoice.Scope.ACCEPTED, null,
                List.of(ExportTarget.OPENAI_MESSAGES), tmp.resolve("out"));
        ExportScopes.Chosen chosen = ExportScopes.resolve(choice, rows, "", List.of(),
                SavedViews.builtInOnly());
        assertThat(chosen.indices()).contains(2).hasSize(7);
        ExportRunner runner = new ExportRunner(new CurrentThreadTasks(), TraceFormats.discover(), Messages.load());
        AtomicReference<ExportRunner.Outcome> outcome = new AtomicReference<>();
        runner.run(state.documentProperty().get(), chosen, choice, false, outcome::set);
        assertThat(outcome.get().summary().written()).isEqualTo(7);
        assertThat(Files.readAllLines(tmp.resolve("out/openai-messages.jsonl"))).hasSize(7)
                .anyMatch(l -> l.contains("street.jpg"));
        assertThat(tmp.resolve("out/media/street.jpg")).exists();
        runner.run(state.documentProperty().get(), chosen, choice, false, outcome::set);
        assertThat(outcome.get().conflict()).isNotNull();
        assertThat(outcome.get().conflict().existing()).contains(tmp.resolve("out/openai-messages.jsonl").toAbsolutePath());
    }
}
