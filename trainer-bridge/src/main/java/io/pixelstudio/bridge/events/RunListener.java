package io.pixelstudio.bridge.events;

/**
 * Told of a run's events as they arrive, on the bridge's reader thread (views hop to their own
 * thread). Every method has a no-op default so a listener implements only what it shows.
 */
public interface RunListener {

    default void onStarted(RunEvent.Started event) {
    }

    default void onMetrics(RunEvent.Metrics event) {
    }

    default void onCheckpoint(RunEvent.Checkpoint event) {
    }

    default void onRollouts(RunEvent.Rollouts event) {
    }

    default void onPredictions(RunEvent.Predictions event) {
    }

    default void onLog(RunEvent.Log event) {
    }

    default void onError(RunEvent.Error event) {
    }

    default void onEnded(RunEvent.Ended event) {
    }

    default void onOutput(RunEvent.Output event) {
    }

    default void onMalformed(RunEvent.Malformed event) {
    }

    /** Calls the method for {@code event}'s type. */
    default void accept(RunEvent event) {
        if (event instanceof RunEvent.Started e) {
            onStarted(e);
        } else if (event instanceof RunEvent.Metrics e) {
            onMetrics(e);
        } else if (event instanceof RunEvent.Checkpoint e) {
            onCheckpoint(e);
        } else if (event instanceof RunEvent.Rollouts e) {
            onRollouts(e);
        } else if (event instanceof RunEvent.Predictions e) {
            onPredictions(e);
        } else if (event instanceof RunEvent.Log e) {
            onLog(e);
        } else if (event instanceof RunEvent.Error e) {
            onError(e);
        } else if (event instanceof RunEvent.Ended e) {
            onEnded(e);
        } else if (event instanceof RunEvent.Output e) {
            onOutput(e);
        } else if (event instanceof RunEvent.Malformed e) {
            onMalformed(e);
        }
    }
}
