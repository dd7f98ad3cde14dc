package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replays a trace with the resize setting that reproduces what the trace itself says the model
 * received. A trace records the size of every crop in its observation turns ("Image Size: WxH"),
 * but not the pixel bounds it was made with; trying the reference's settings and keeping the one
 * whose results match those sizes lets the studio show the crops the model really saw.
 */
public final class ObservedReplay {

    /** The reference's settings, in the order they are tried (training first: SFT data is made so). */
    public static final Map<String, ReplaySettings> REFERENCE_SETTINGS = referenceSettings();

    private ObservedReplay() {
    }

    /**
     * The replay under one setting and how well it agrees with the trace.
     *
     * @param name    the setting's name ({@code training}, {@code eval})
     * @param stated  observation turns that state a size
     * @param matched of those, how many the replay reproduces exactly
     */
    public record Result(String name, ReplaySettings settings, TraceReplay.Replay replay, int stated, int matched) {
        public Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(replay, "replay");
        }

        /** True when every stated size is reproduced (vacuously true when none is stated). */
        public boolean agrees() {
            return matched == stated;
        }
    }

    /**
     * Replays {@code trace} under each candidate setting, stopping at the first that reproduces every
     * stated size; otherwise the one that reproduces the most (the first on a tie).
     */
    public static Result bestOf(Trace trace, Function<String, BufferedImage> loader, Map<String, ReplaySettings> candidates) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(loader, "loader");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no replay settings to try");
        }
        Result best = null;
        for (Map.Entry<String, ReplaySettings> candidate : candidates.entrySet()) {
            Result result = replay(trace, loader, candidate.getKey(), candidate.getValue());
            if (best == null || result.matched() > best.matched()) {
                best = result;
            }
            if (result.agrees()) {
                return result;
            }
        }
        return best;
    }

    /** Replays {@code trace} under one setting and counts how many stated sizes it reproduces. */
    public static Result replay(Trace trace, Function<String, BufferedImage> loader, String name, ReplaySettings settings) {
        TraceReplay.Replay replay = new TraceReplay(settings, loader).replay(trace);
        int stated = 0;
        int matched = 0;
        for (ReplayStep step : replay.steps()) {
            Optional<ResultTurnTexts.Observation> observation = statedObservation(trace, step.turnIndex());
            if (observation.isPresent()) {
                stated++;
                if (reproduces(step, observation.get())) {
                    matched++;
                }
            }
        }
        return new Result(name, settings, replay, stated, matched);
    }

    /**
     * The size-stating observation the trace holds right after the tool call at {@code toolCallTurn}
     * (a crop or frames result, not an error), if any.
     */
    public static Optional<ResultTurnTexts.Observation> statedObservation(Trace trace, int toolCallTurn) {
        int next = toolCallTurn + 1;
        if (next >= trace.turns().size()) {
            return Optional.empty();
        }
        Turn turn = trace.turns().get(next);
        if (turn.role() != Role.USER) {
            return Optional.empty();
        }
        return ResultTurnTexts.recognise(turn.text())
                .filter(o -> o.kind() != ResultTurnTexts.Kind.ERROR && o.width() > 0 && o.height() > 0);
    }

    /** True when the step produced images of exactly the stated size. */
    public static boolean reproduces(ReplayStep step, ResultTurnTexts.Observation observation) {
        if (!(step.result().orElse(null) instanceof OperationResult.Success success)) {
            return false;
        }
        BufferedImage first = success.images().get(0);
        return first.getWidth() == observation.width() && first.getHeight() == observation.height();
    }

    private static Map<String, ReplaySettings> referenceSettings() {
        Map<String, ReplaySettings> settings = new LinkedHashMap<>();
        settings.put("training", ReplaySettings.TRAINING);
        settings.put("eval", ReplaySettings.EVAL);
        return java.util.Collections.unmodifiableMap(settings);
    }
}
