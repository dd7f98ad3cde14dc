package io.pixelstudio.bridge.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a trainer reported. Every trainer the bridge runs (the studio's Python runner, the
 * embedded engine, a recipe's log converter) speaks these, so the run screens never care which one
 * ran.
 */
public sealed interface RunEvent {

    /** Line number in the event stream (1-based), for messages about it. */
    long line();

    /** The run started; {@code totalSteps} is 0 when unknown. */
    record Started(long line, String kind, long totalSteps) implements RunEvent {
    }

    /** Numbers at one optimizer step (loss, learning rate, reward components, RaPR, accuracy …), in the trainer's order. */
    record Metrics(long line, long step, Map<String, Double> values) implements RunEvent {
        public Metrics {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** A checkpoint was written to {@code path} (relative to the run's output folder or absolute). */
    record Checkpoint(long line, long step, String path) implements RunEvent {
    }

    /** A step's rollouts were written (studio rollouts format) to {@code path}. */
    record Rollouts(long line, long step, String path, long count) implements RunEvent {
    }

    /** An evaluation wrote predictions (studio predictions format) to {@code path}. */
    record Predictions(long line, String path, String benchmark) implements RunEvent {
    }

    /** A log message the trainer chose to report. */
    record Log(long line, String level, String message) implements RunEvent {
    }

    /** The trainer reports a failure; {@code detail} holds its traceback when it sent one. */
    record Error(long line, String message, String detail) implements RunEvent {
    }

    /** The trainer says it is done, with its own status ({@code succeeded}, {@code failed} …). */
    record Ended(long line, String status) implements RunEvent {
    }

    /** A line that is not JSON (trainers print); kept for the log view. */
    record Output(long line, String text) implements RunEvent {
    }

    /** A line that looks like an event but is not a valid one; {@code problem} says why. */
    record Malformed(long line, String text, String problem) implements RunEvent {
        public Malformed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
