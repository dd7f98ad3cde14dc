package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.process.RunProcess;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.registry.RunRecord;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.Optional;

/**
 * One run as the screen shows it: its registry record (status kept current), the metrics, log lines
 * and checkpoints its events brought, and the process while the studio follows it. FX thread only.
 */
public final class RunItem {

    /** Log lines kept per run in the view (the full log stays in the run folder). */
    static final int LOG_LINES = 5000;

    private final ObjectProperty<RunRecord> record;
    private final ObjectProperty<RunStatus> status;
    private final ObservableList<RunEvent.Metrics> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<RunEvent.Checkpoint> checkpoints = FXCollections.observableArrayList();
    private final ObservableList<RunEvent.Predictions> predictions = FXCollections.observableArrayList();
    private RunProcess process;

    RunItem(RunRecord record) {
        this.record = new SimpleObjectProperty<>(this, "record", Objects.requireNonNull(record, "record"));
        this.status = new SimpleObjectProperty<>(this, "status", record.status());
    }

    /** The registry's record (replaced when the run ends). */
    public ReadOnlyObjectProperty<RunRecord> recordProperty() {
        return record;
    }

    /** The record now. */
    public RunRecord record() {
        return record.get();
    }

    /** Where the run stands. */
    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    /** Metrics events in arrival order. */
    public ObservableList<RunEvent.Metrics> metrics() {
        return metrics;
    }

    /** Output, log and error lines, the newest last, at most {@value #LOG_LINES}. */
    public ObservableList<String> log() {
        return log;
    }

    /** Checkpoints the run reported. */
    public ObservableList<RunEvent.Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** Predictions files the run (an evaluation) reported. */
    public ObservableList<RunEvent.Predictions> predictions() {
        return predictions;
    }

    /** The process, while the studio follows it. */
    public Optional<RunProcess> process() {
        return Optional.ofNullable(process);
    }

    void following(RunProcess followed) {
        process = followed;
        status.set(RunStatus.RUNNING);
    }

    void ended(RunRecord ended) {
        record.set(ended);
        status.set(ended.status());
        process = null;
        if (!ended.lastError().isEmpty()) {
            addLog("error: " + ended.lastError());
        }
    }

    /** Takes one event into the item's lists. */
    void accept(RunEvent event) {
        if (event instanceof RunEvent.Metrics m) {
            metrics.add(m);
        } else if (event instanceof RunEvent.Checkpoint c) {
            checkpoints.add(c);
            addLog("checkpoint " + c.path() + " (step " + c.step() + ")");
        } else if (event instanceof RunEvent.Predictions p) {
            predictions.add(p);
            addLog("predictions " + p.path());
        } else if (event instanceof RunEvent.Log l) {
            addLog(l.level() + ": " + l.message());
        } else if (event instanceof RunEvent.Error e) {
            addLog("error: " + e.message());
        } else if (event instanceof RunEvent.Output o) {
            addLog(o.text());
        } else if (event instanceof RunEvent.Malformed bad) {
            addLog("malformed event on line " + bad.line() + ": " + bad.problem());
        } else if (event instanceof RunEvent.Started s) {
            addLog("started " + s.kind() + (s.totalSteps() > 0 ? " (" + s.totalSteps() + " steps)" : ""));
        } else if (event instanceof RunEvent.Ended e) {
            addLog("ended: " + e.status());
        }
    }

    private void addLog(String line) {
        log.add(line);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }
}
