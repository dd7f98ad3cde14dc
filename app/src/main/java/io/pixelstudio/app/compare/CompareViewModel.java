package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The compare screen's state, free of controls so it is tested without a window: the runs (the
 * first is the baseline), the analysis of them (recomputed off the UI thread once per change of the
 * run list), the chosen sample filter and the rows it lets through. Runs are imported through
 * {@link BackgroundTasks}; a run that cannot be read is reported to the {@link ErrorReporter} with
 * its path and the others are still added.
 */
public final class CompareViewModel {

    private final BackgroundTasks tasks;
    private final RunLoader loader;
    private final Bootstrap bootstrap;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<LoadedRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CompareAnalysis> analysis = new ReadOnlyObjectWrapper<>(CompareAnalysis.EMPTY);
    private final ObjectProperty<SampleFilter> filter = new SimpleObjectProperty<>(SampleFilter.ALL);
    private final ObservableList<SampleRow> visibleSamples = FXCollections.observableArrayList();
    private final ObservableList<LoadedRun> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<SampleRow> visibleSamplesView = FXCollections.unmodifiableObservableList(visibleSamples);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Whether the latest analysis is still running; a failed or cancelled one clears it too. */
    private boolean analysingNow;
    private long analysisGeneration;
    private int pendingLoads;
    private TaskHandle analysing = TaskHandle.DONE;

    public CompareViewModel(BackgroundTasks tasks, RunLoader loader, Bootstrap bootstrap, ErrorReporter errors,
                            Messages messages) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.messages = Objects.requireNonNull(messages, "messages");
        filter.addListener((obs, old, now) -> refilter());
    }

    /** The runs in order; the first is the baseline. */
    public ObservableList<LoadedRun> runs() {
        return runsView;
    }

    /** The analysis of the current runs ({@link CompareAnalysis#EMPTY} before any is loaded). */
    public ReadOnlyObjectProperty<CompareAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The current analysis. */
    public CompareAnalysis analysis() {
        return analysis.get();
    }

    /** Which samples {@link #visibleSamples()} holds. */
    public ObjectProperty<SampleFilter> filterProperty() {
        return filter;
    }

    /** The analysis's sample rows that pass the filter, in the analysis's order. */
    public ObservableList<SampleRow> visibleSamples() {
        return visibleSamplesView;
    }

    /** True while runs are being imported or the analysis recomputed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Imports {@code paths} (files or logs folders) in the background and appends them in this order. */
    public void addRuns(List<Path> paths) {
        List<Path> wanted = List.copyOf(paths);
        if (wanted.isEmpty()) {
            return;
        }
        pendingLoads++;
        updateBusy();
        tasks.submit(messages.get("compare.task.load", wanted.size()), progress -> {
            progress.start(messages.get("compare.task.load", wanted.size()), wanted.size());
            List<LoadedRun> loaded = new ArrayList<>();
            List<Failure> failures = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                try {
                    loaded.add(loader.load(wanted.get(i)));
                } catch (Exception e) {
                    failures.add(new Failure(wanted.get(i), e));
                }
                progress.progress(i + 1);
            }
            progress.finish();
            return new Batch(loaded, failures);
        }, this::added, () -> {
            pendingLoads--;
            updateBusy();
        });
    }

    /** Removes run {@code index}; removing the baseline makes the next run the baseline. */
    public void removeRun(int index) {
        runs.remove(index);
        reanalyse();
    }

    private void added(Batch batch) {
        batch.failures().forEach(f -> errors.report(messages.get("compare.error.load", f.path()), f.error()));
        runs.addAll(batch.loaded());
        if (!batch.loaded().isEmpty()) {
            reanalyse();
        }
    }

    private void reanalyse() {
        analysing.cancel();
        List<LoadedRun> snapshot = List.copyOf(runs);
        long generation = ++analysisGeneration;
        analysingNow = true;
        updateBusy();
        analysing = tasks.submit(messages.get("compare.task.analyse", snapshot.size()),
                progress -> CompareAnalysis.of(snapshot, bootstrap, loader.scorers()),
                result -> {
                    if (sameRuns(result.runs(), runs)) {
                        visibleSamples.clear();
                        analysis.set(result);
                        refilter();
                    }
                },
                () -> {
                    if (generation == analysisGeneration) {
                        analysingNow = false;
                        updateBusy();
                    }
                });
    }

    private void refilter() {
        SampleFilter f = filter.get() == null ? SampleFilter.ALL : filter.get();
        visibleSamples.setAll(analysis.get().samples().stream().filter(f::test).toList());
    }

    private void updateBusy() {
        busy.set(pendingLoads > 0 || analysingNow);
    }

    /** Same run objects in the same order (identity: a run is never equal to a reloaded copy). */
    private static boolean sameRuns(List<LoadedRun> a, List<LoadedRun> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private record Failure(Path path, Exception error) {
    }

    private record Batch(List<LoadedRun> loaded, List<Failure> failures) {
    }
}
