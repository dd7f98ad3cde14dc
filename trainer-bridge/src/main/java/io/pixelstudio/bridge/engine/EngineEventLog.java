package io.pixelstudio.bridge.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunEventParser;
import io.pixelstudio.bridge.events.RunListener;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The embedded engine's event stream: every event is written as the protocol line an external
 * trainer prints (appended to the run folder's {@code events.log}, flushed per line, so the Runs
 * screen and the registry follow an in-process run exactly like a process), then read back with
 * the bridge's own {@link RunEventParser} and handed to the listener. Why parse what we just wrote:
 * the listener then sees exactly what a later reader of the file will see.
 */
public final class EngineEventLog implements Closeable {

    /** The event file's name in a run folder, as the supervisor writes it for processes. */
    public static final String FILE = "events.log";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;
    private final RunListener listener;
    private final RunEventParser parser = new RunEventParser();
    private long line;
    private long stepOffset;

    /** Appends to {@code runFolder/events.log} (created) and tells {@code listener}. */
    public EngineEventLog(Path runFolder, RunListener listener) throws IOException {
        Files.createDirectories(runFolder);
        this.out = Files.newBufferedWriter(runFolder.resolve(FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public void started(String kind, long totalSteps) {
        emit(event("start").put("kind", kind).put("total_steps", totalSteps));
    }

    /**
     * Adds {@code offset} to the step of every later {@code metrics}, {@code checkpoint} and
     * {@code rollouts} event. Why: a run that goes on from SFT to RL restarts the trainers' step
     * count at 1, and the Runs screen charts one step axis per run.
     */
    public void continueStepsAfter(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("step offset must not be negative: " + offset);
        }
        this.stepOffset = offset;
    }

    public void metrics(long step, Map<String, Double> values) {
        ObjectNode o = event("metrics").put("step", stepOffset + step);
        ObjectNode v = o.putObject("values");
        new TreeMap<>(values).forEach(v::put);
        emit(o);
    }

    public void checkpoint(long step, String path) {
        emit(event("checkpoint").put("step", stepOffset + step).put("path", path));
    }

    /** A rollouts file of {@code count} rollouts written at {@code step}. */
    public void rollouts(long step, String path, long count) {
        emit(event("rollouts").put("step", stepOffset + step).put("path", path).put("count", count));
    }

    /** An evaluation's predictions file (studio predictions format) of {@code benchmark}. */
    public void predictions(String path, String benchmark) {
        emit(event("predictions").put("path", path).put("benchmark", benchmark));
    }

    public void log(String level, String message) {
        emit(event("log").put("level", level).put("message", message));
    }

    public void error(String message, String detail) {
        emit(event("error").put("message", message).put("traceback", detail));
    }

    public void ended(String status) {
        emit(event("end").put("status", status));
    }

    private static ObjectNode event(String name) {
        return JSON.createObjectNode().put("event", name);
    }

    private void emit(ObjectNode node) {
        String text;
        try {
            text = JSON.writeValueAsString(node);
            out.write(text);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + FILE, e);
        }
        RunEvent event = parser.parse(++line, text);
        listener.accept(event);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
