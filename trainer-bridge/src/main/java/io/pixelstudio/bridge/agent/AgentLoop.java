package io.pixelstudio.bridge.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.ChatReply;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.pixelreasoner.ReferenceSystemPrompt;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.ops.ToolCallWriter;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.VisualOperation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Drives a served model through the pixel-space reasoning loop: request → the reply's tool call read
 * by {@link ToolCallParser} (executed only when the reply ends with {@code </tool_call>}, as the
 * reference) → the call executed by {@link TraceReplay} (so what the model gets back is exactly what
 * the studio replays later) → the observation turn in {@link io.pixelstudio.trace.ops.ResultTurnTexts}
 * words → repeat, until the model answers or a limit is hit. Calls and images are capped at the
 * reference's 4 and 16 even when a profile allows more, since a trace beyond them would not replay.
 */
public final class AgentLoop {

    private final ChatClient client;
    private final ImageSink sink;
    private final boolean stream;
    private final ReplaySettings settings;

    /**
     * @param client the endpoint
     * @param sink   where observation images are stored for the trace
     * @param stream true to stream replies (deltas reach {@link AgentListener#onDelta})
     */
    public AgentLoop(ChatClient client, ImageSink sink, boolean stream) {
        this.client = Objects.requireNonNull(client, "client");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.stream = stream;
        EndpointProfile p = client.profile();
        this.settings = new ReplaySettings(p.inputBounds(), p.cropBounds(), Optional.empty(), PixelBounds.VIDEO_FRAME_INPUT);
    }

    /** The resize settings the loop executes and replays with (the profile's bounds; evaluation frames unchanged). */
    public ReplaySettings settings() {
        return settings;
    }

    /** Asks {@code task}'s question from the start (system prompt, images, question). */
    public AgentResult run(AgentTask task, AgentListener listener, Cancellation cancellation) {
        Objects.requireNonNull(task, "task");
        List<Turn> turns = new ArrayList<>();
        String system = client.profile().systemPrompt();
        turns.add(system.equals(ReferenceSystemPrompt.TEXT)
                ? new Turn(Role.SYSTEM, ReferenceSystemPrompt.ITEMS.stream().<Content>map(Content.Text::new).toList())
                : Turn.text(Role.SYSTEM, system));
        List<Content> prompt = new ArrayList<>();
        for (Media m : task.media()) {
            if (m instanceof Media.Image image) {
                prompt.add(new Content.Image(image.path()));
            } else if (m instanceof Media.Video video) {
                prompt.add(new Content.Video(video.framePaths()));
            }
        }
        prompt.add(new Content.Text(task.question() + client.profile().promptSuffix()));
        turns.add(new Turn(Role.USER, prompt));
        Trace start = new Trace(task.id(), task.source(), task.question(), task.media(), task.answers(), task.evidence(),
                turns, Review.none(), Extras.empty());
        for (int i = 0; i < turns.size(); i++) {
            listener.onTurn(i, turns.get(i), Optional.empty());
        }
        return continueFrom(start, task.loader(), task.loader(), listener, cancellation);
    }

    /**
     * Forks {@code trace} at assistant turn {@code turnIndex}: keeps the turns before it, rewrites
     * that turn's zoom-in call with {@code box}, executes it and lets the model go on.
     */
    public AgentResult fork(Trace trace, int turnIndex, Box box, Function<String, BufferedImage> loader,
                            AgentListener listener, Cancellation cancellation) {
        Objects.requireNonNull(box, "box");
        Turn turn = trace.turns().get(Objects.checkIndex(turnIndex, trace.turns().size()));
        Optional<ToolCall> call = turn.role() == Role.ASSISTANT ? ToolCallParser.parse(turn.text()) : Optional.empty();
        if (call.isEmpty() || !(call.get() instanceof ToolCall.Valid valid)
                || !(valid.operation() instanceof VisualOperation.ZoomIn zoom)) {
            throw new IllegalArgumentException("turn " + turnIndex + " of " + trace.id() + " is not an assistant turn with a zoom-in call");
        }
        String text = turn.text();
        String edited = text.substring(0, text.lastIndexOf(ToolCallParser.START_TAG))
                + ToolCallWriter.write(new VisualOperation.ZoomIn(zoom.targetImage(), box));
        List<Turn> prefix = new ArrayList<>(trace.turns().subList(0, turnIndex));
        prefix.add(turn.withContent(List.of(new Content.Text(edited))));
        return continueFrom(trace.withTurns(prefix), loader, loader, listener, cancellation);
    }

    /**
     * Continues {@code prefix}: when it ends with an assistant tool call, that call is executed first.
     * Images already in the prefix are sent as {@code promptLoader} gives them; calls executed from
     * here on read their images through {@code executionLoader} (a counterfactual probe passes an
     * edited image there).
     */
    public AgentResult continueFrom(Trace prefix, Function<String, BufferedImage> promptLoader,
                                    Function<String, BufferedImage> executionLoader, AgentListener listener,
                                    Cancellation cancellation) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        Function<String, BufferedImage> prompts = memo(promptLoader);
        Function<String, BufferedImage> execution = promptLoader == executionLoader ? prompts : memo(executionLoader);
        List<Turn> turns = new ArrayList<>(prefix.turns());
        TraceReplay.Replay before = new TraceReplay(settings, prompts).replay(prefix);
        Map<Integer, List<String>> urls = new ConcurrentHashMap<>(ModelImages.of(turns, before));
        List<ReplayStep> answered = before.steps().stream()
                .filter(s -> s.executed() && s.turnIndex() + 1 < turns.size()).toList();
        int calls = answered.size();
        int failed = (int) answered.stream().filter(s -> s.result().orElse(null) instanceof OperationResult.Failure).count();
        int tokens = -1;
        String finish = "";
        TraceReplay executor = new TraceReplay(settings, execution);
        while (true) {
            if (turns.get(turns.size() - 1).role() != Role.ASSISTANT) {
                if (cancellation.isCancelled()) {
                    return result(prefix, turns, StopReason.CANCELLED, calls, failed, tokens);
                }
                ChatReply reply;
                try {
                    reply = request(turns, urls, listener, cancellation);
                } catch (EndpointException e) {
                    if (e.kind() == EndpointException.Kind.CANCELLED) {
                        return result(prefix, turns, StopReason.CANCELLED, calls, failed, tokens);
                    }
                    throw e;
                }
                tokens = reply.totalTokens();
                finish = reply.finishReason();
                turns.add(Turn.text(Role.ASSISTANT, reply.content()));
                listener.onTurn(turns.size() - 1, turns.get(turns.size() - 1), Optional.empty());
            }
            int last = turns.size() - 1;
            String text = turns.get(last).text();
            if (ToolCallParser.parse(text).isEmpty() || !ToolCallParser.triggersExecution(text)) {
                return result(prefix, turns, finish.equals("length") ? StopReason.REPLY_TRUNCATED : StopReason.ANSWERED,
                        calls, failed, tokens);
            }
            TraceReplay.Replay replay = executor.replay(prefix.withTurns(turns));
            ReplayStep step = replay.steps().get(replay.steps().size() - 1);
            int images = replay.initial().referenceLength() + replay.steps().stream()
                    .filter(s -> s.turnIndex() < last).mapToInt(AgentLoop::imagesReturned).sum();
            StopReason limit = calls >= client.profile().limits().maxCalls() ? StopReason.CALL_LIMIT
                    : images > client.profile().limits().maxImages() ? StopReason.IMAGE_LIMIT
                    : tokens > client.profile().limits().maxTotalTokens() ? StopReason.TOKEN_LIMIT
                    : !step.executed() ? (step.note().contains("images") ? StopReason.IMAGE_LIMIT : StopReason.CALL_LIMIT)
                    : null;
            if (limit != null) {
                return result(prefix, turns, limit, calls, failed, tokens);
            }
            calls++;
            OperationResult outcome = step.result().orElseThrow();
            failed += outcome instanceof OperationResult.Failure ? 1 : 0;
            turns.add(observation(prefix.id(), last + 1, outcome, urls));
            listener.onTurn(last + 1, turns.get(last + 1), Optional.of(step));
        }
    }

    private ChatReply request(List<Turn> turns, Map<Integer, List<String>> urls, AgentListener listener,
                              Cancellation cancellation) {
        var messages = ConversationEncoder.encode(turns, urls);
        return stream ? client.stream(messages, listener::onDelta, cancellation) : client.complete(messages, cancellation);
    }

    private Turn observation(String traceId, int index, OperationResult outcome, Map<Integer, List<String>> urls) {
        List<Content> content = new ArrayList<>();
        content.add(new Content.Text(outcome.observationText()));
        if (outcome instanceof OperationResult.Success success) {
            List<String> encoded = new ArrayList<>();
            for (int i = 0; i < success.images().size(); i++) {
                BufferedImage image = success.images().get(i);
                try {
                    content.add(new Content.Image(sink.store(traceId, index, i, image)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot store the observation image of turn " + index + " of " + traceId, e);
                }
                encoded.add(ImageDataUrls.png(image));
            }
            urls.put(index, encoded);
        }
        return new Turn(Role.USER, content);
    }

    private AgentResult result(Trace prefix, List<Turn> turns, StopReason reason, int calls, int failed, int tokens) {
        ObjectNode generated = JsonNodeFactory.instance.objectNode();
        generated.put("endpoint", client.profile().baseUrl());
        generated.put("model", client.profile().model());
        generated.put("decoding", client.profile().decoding().describe());
        generated.put("pixelBounds", client.profile().describeBounds());
        generated.put("stopReason", reason.name().toLowerCase(java.util.Locale.ROOT));
        Trace trace = new Trace(prefix.id(), prefix.source(), prefix.question(), prefix.media(), prefix.answers(),
                prefix.evidence(), turns, prefix.review(), prefix.extras().with("generatedBy", generated));
        return new AgentResult(trace, reason, calls, failed, tokens);
    }

    private static Function<String, BufferedImage> memo(Function<String, BufferedImage> loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, BufferedImage> cache = new ConcurrentHashMap<>();
        return path -> cache.computeIfAbsent(path, loader);
    }

    /** Images a replayed step added to the conversation. */
    private static int imagesReturned(ReplayStep step) {
        return step.result().orElse(null) instanceof OperationResult.Success s ? s.images().size() : 0;
    }
}
