package io.pixelstudio.bridge.probe;

import io.pixelstudio.bridge.agent.AgentListener;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Probes one trace: finds the zoom-in at the chosen assistant turn by replaying the trace, alters
 * the region it cut in the original image ({@link ProbeKind}), keeps the conversation up to and
 * including that call, and lets the model continue from the altered observation.
 */
public final class Prober {

    private final AgentLoop loop;
    private final long seed;
    private final AnswerExtractor answers = new AnswerExtractor();

    /**
     * @param loop the endpoint's loop (its pixel bounds are the ones the trace is replayed with)
     * @param seed seed of the random-region probe (mixed with the trace id and turn)
     */
    public Prober(AgentLoop loop, long seed) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.seed = seed;
    }

    /** The index of the first assistant turn whose zoom-in was executed, if any. */
    public OptionalInt firstZoomTurn(Trace trace, Function<String, BufferedImage> loader) {
        return new TraceReplay(loop.settings(), loader).replay(trace).steps().stream()
                .filter(s -> s.executed() && s.boxes().isPresent()).mapToInt(ReplayStep::turnIndex).findFirst();
    }

    /** Probes {@code trace} at assistant turn {@code turn} with {@code kind}. */
    public ProbeOutcome probe(Trace trace, int turn, ProbeKind kind, Function<String, BufferedImage> loader,
                              Cancellation cancellation) {
        return probe(trace, OptionalInt.of(turn), kind, loader, cancellation);
    }

    /**
     * Probes {@code trace} at assistant turn {@code chosen}, or at its first executed zoom-in when
     * empty (found in the same replay, so the trace is replayed once).
     */
    public ProbeOutcome probe(Trace trace, OptionalInt chosen, ProbeKind kind, Function<String, BufferedImage> loader,
                              Cancellation cancellation) {
        String original = answerOf(trace.turns());
        TraceReplay.Replay replay = new TraceReplay(loop.settings(), loader).replay(trace);
        OptionalInt first = replay.steps().stream().filter(s -> s.executed() && s.boxes().isPresent())
                .mapToInt(ReplayStep::turnIndex).findFirst();
        if (chosen.isEmpty() && first.isEmpty()) {
            return ProbeOutcome.skipped(trace.id(), -1, kind, original, "the trace has no executed zoom-in");
        }
        int turn = chosen.isPresent() ? chosen.getAsInt() : first.getAsInt();
        Optional<ReplayStep> step = replay.steps().stream().filter(s -> s.turnIndex() == turn).findFirst();
        if (step.isEmpty() || !step.get().executed() || step.get().boxes().isEmpty()) {
            return ProbeOutcome.skipped(trace.id(), turn, kind, original, "turn " + turn + " holds no executed zoom-in");
        }
        ReplayStep.Boxes boxes = step.get().boxes().get();
        List<String> inputs = promptPaths(trace);
        if (boxes.originalSource() >= inputs.size()) {
            return ProbeOutcome.skipped(trace.id(), turn, kind, original, "the zoom-in's source image is not an input file");
        }
        String path = inputs.get(boxes.originalSource());
        BufferedImage source = loader.apply(path);
        var cut = boxes.cutOriginalPixels();
        Rectangle region = new Rectangle((int) Math.round(cut.x1()), (int) Math.round(cut.y1()),
                (int) Math.round(cut.width()), (int) Math.round(cut.height()));
        long mixed = seed * 31 + trace.id().hashCode() * 17L + turn;
        Optional<BufferedImage> altered = Counterfactuals.apply(source, region, kind, mixed);
        if (altered.isEmpty()) {
            return ProbeOutcome.skipped(trace.id(), turn, kind, original,
                    "no place for a " + kind.id() + " region of " + region.width + "x" + region.height + " in this image");
        }
        BufferedImage counterfactual = altered.get();
        Function<String, BufferedImage> execution = p -> p.equals(path) ? counterfactual : loader.apply(p);
        Trace prefix = trace.withTurns(trace.turns().subList(0, turn + 1));
        AgentResult result = loop.continueFrom(prefix, loader, execution, AgentListener.NONE, cancellation);
        String probed = answerOf(result.trace().turns());
        boolean changed = !normalise(probed).equals(normalise(original));
        return new ProbeOutcome(trace.id(), turn, kind, original, Optional.of(probed), changed,
                Optional.of(result.stopReason()), Optional.empty(), Optional.of(result.trace()));
    }

    private String answerOf(List<Turn> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.ASSISTANT) {
                return answers.extract(turns.get(i).text()).answer();
            }
        }
        return "";
    }

    private static String normalise(String answer) {
        return answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The input files in the order the replay numbers them (prompt turns first, else the media). */
    static List<String> promptPaths(Trace trace) {
        List<String> images = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        for (Turn turn : trace.turns()) {
            if (turn.role() == Role.ASSISTANT) {
                break;
            }
            if (turn.role() == Role.USER) {
                for (Content c : turn.content()) {
                    if (c instanceof Content.Image image) {
                        images.add(image.path());
                    } else if (c instanceof Content.Video video && frames.isEmpty()) {
                        frames.addAll(video.framePaths());
                    }
                }
            }
        }
        if (images.isEmpty() && frames.isEmpty()) {
            for (Media m : trace.media()) {
                if (m instanceof Media.Image image) {
                    images.add(image.path());
                } else if (m instanceof Media.Video video && frames.isEmpty()) {
                    frames.addAll(video.framePaths());
                }
            }
        }
        return frames.isEmpty() ? images : frames;
    }
}
