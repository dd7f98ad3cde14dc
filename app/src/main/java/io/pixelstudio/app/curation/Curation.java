package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.tracelist.TraceListPane;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.export.ExportSummary;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViewsFile;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Curation wired into the main window: triage verdicts, the tag/note bar, saved views (a Views
 * menu that applies one to the filter box) and the export dialog. The main window creates one and
 * binds the {@code StudioAction}s to its methods; everything else lives here.
 */
public final class Curation {

    private final Supplier<Window> owner;
    private final StudioState state;
    private final TraceListPane list;
    private final Messages messages;
    private final ErrorReporter errors;
    private final TriageViewModel triage;
    private final CurationBar bar;
    private final SavedViewsModel views = new SavedViewsModel(new SavedViewsFile());
    private final ExportRunner exporter;
    private final Menu viewsMenu;

    public Curation(Supplier<Window> owner, StudioState state, TraceListPane list, BackgroundTasks tasks,
                    Messages messages, ErrorReporter errors) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.state = Objects.requireNonNull(state, "state");
        this.list = Objects.requireNonNull(list, "list");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.errors = Objects.requireNonNull(errors, "errors");
        triage = new TriageViewModel(state.editor(), state.selectedIndexProperty(), list::displayedRows,
                list::selectedRows, state.traceList()::rowAt, messages);
        bar = new CurationBar(messages, list.table());
        exporter = new ExportRunner(tasks, state.formats(), messages);
        viewsMenu = new Menu(messages.get("curation.menu.views"));
        viewsMenu.setId("menu-views");
        views.viewsProperty().addListener((obs, old, now) -> fillViewsMenu());
        fillViewsMenu();
        state.documentProperty().addListener((obs, old, doc) -> openViews(doc));
        KeyRepeatGuard guard = new KeyRepeatGuard(Set.of(KeyCode.A, KeyCode.R, KeyCode.F, KeyCode.U));
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                guard.install(scene);
            }
        });
    }

    /** The tag/note editor shown under the trace list. */
    public CurationBar bar() {
        return bar;
    }

    /** The Views submenu (apply a saved view). */
    public Menu viewsMenu() {
        return viewsMenu;
    }

    /** The triage view model (for tests). */
    public TriageViewModel triage() {
        return triage;
    }

    /** The saved views of the open document. */
    public SavedViewsModel views() {
        return views;
    }

    /** A / R / F / U: the verdict on the selected trace(s). */
    public void verdict(ReviewStatus status) {
        attempt(() -> triage.verdict(status));
    }

    /** T / Shift+T: opens the tag field. */
    public void editTags(boolean remove) {
        if (!triage.targets().isEmpty()) {
            bar.editTags(remove, () -> TriageViewModel.knownTags(state.traceList().rows()),
                    text -> attempt(() -> {
                        if (remove) {
                            triage.removeTags(text);
                        } else {
                            triage.addTags(text);
                        }
                    }));
        }
    }

    /** N: opens the note editor. */
    public void editNote() {
        if (state.selectedIndexProperty().get() >= 0) {
            bar.editNote(triage.currentNote(), text -> attempt(() -> triage.setNote(text)));
        }
    }

    /** Saves the filter box's query as a named view. */
    public void saveView() {
        String query = state.traceList().filterTextProperty().get();
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("curation.view.save.title"));
        dialog.setHeaderText(messages.get("curation.view.save.header", query == null ? "" : query));
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> attempt(() -> views.save(name, query)));
    }

    /** Renames one of the document's views. */
    public void renameView() {
        chooseUserView("curation.view.rename.title", "curation.view.rename.choose").ifPresent(from -> {
            TextInputDialog dialog = new TextInputDialog(from);
            dialog.initOwner(owner.get());
            dialog.setTitle(messages.get("curation.view.rename.title"));
            dialog.setHeaderText(messages.get("curation.view.rename.header", from));
            dialog.showAndWait().filter(to -> !to.isBlank()).ifPresent(to -> attempt(() -> views.rename(from, to)));
        });
    }

    /** Deletes one of the document's views. */
    public void deleteView() {
        chooseUserView("curation.view.delete.title", "curation.view.delete.choose")
                .ifPresent(name -> attempt(() -> views.delete(name)));
    }

    /** Shortcut+E: asks what to export, then exports in the background and shows the summary. */
    public void export() {
        TraceDocument document = state.documentProperty().get();
        if (document == null) {
            info(messages.get("curation.export.title"), messages.get("curation.export.noDocument"));
            return;
        }
        String filter = Optional.ofNullable(state.traceList().filterTextProperty().get()).orElse("");
        List<TraceRow> selected = List.copyOf(list.selectedRows());
        Path suggested = document.mediaFolder().resolve("export");
        new ExportDialog(owner.get(), messages, filter, selected.size(), views.viewsProperty().get().all(), suggested)
                .showAndWait().ifPresent(choice -> attempt(() -> {
                    ExportScopes.Chosen chosen = ExportScopes.resolve(choice, List.copyOf(state.traceList().rows()),
                            filter, selected, views.viewsProperty().get());
                    if (chosen.indices().isEmpty()) {
                        info(messages.get("curation.export.title"), messages.get("curation.export.nothing",
                                chosen.description()));
                        return;
                    }
                    runExport(document, chosen, choice, false);
                }));
    }

    private void runExport(TraceDocument document, ExportScopes.Chosen chosen, ExportChoice choice, boolean overwrite) {
        exporter.run(document, chosen, choice, overwrite, outcome -> {
            if (outcome.conflict() != null) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n",
                        outcome.conflict().existing().stream().limit(10).map(Path::toString).toList()),
                        ButtonType.OK, ButtonType.CANCEL);
                ask.initOwner(owner.get());
                ask.setTitle(messages.get("curation.export.replace.title"));
                ask.setHeaderText(messages.get("curation.export.replace.header", outcome.conflict().existing().size(),
                        choice.folder()));
                ask.showAndWait().filter(b -> b == ButtonType.OK)
                        .ifPresent(b -> runExport(document, chosen, choice, true));
            } else {
                showSummary(outcome.summary());
            }
        });
    }

    private void showSummary(ExportSummary summary) {
        info(messages.get("curation.export.done.title"), String.join("\n", summary.lines()));
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("curation-info");
        alert.show();
    }

    private Optional<String> chooseUserView(String titleKey, String chooseKey) {
        List<String> names = views.viewsProperty().get().user().stream().map(SavedView::name).toList();
        if (names.isEmpty()) {
            info(messages.get(titleKey), messages.get("curation.view.none"));
            return Optional.empty();
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(chooseKey));
        return dialog.showAndWait();
    }

    private void openViews(TraceDocument doc) {
        attempt(() -> views.open(doc == null ? null : doc.path()));
    }

    private void fillViewsMenu() {
        viewsMenu.getItems().clear();
        List<SavedView> all = views.viewsProperty().get().all();
        for (SavedView view : all) {
            MenuItem item = new MenuItem(view.name() + "   (" + view.query() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> state.traceList().filterTextProperty().set(view.query()));
            viewsMenu.getItems().add(item);
            if (view.builtIn() && all.indexOf(view) + 1 < all.size() && !all.get(all.indexOf(view) + 1).builtIn()) {
                viewsMenu.getItems().add(new SeparatorMenuItem());
            }
        }
    }

    private void attempt(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            errors.report(messages.get("curation.error.title"), e);
        }
    }

    /** A UI action that may fail. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
