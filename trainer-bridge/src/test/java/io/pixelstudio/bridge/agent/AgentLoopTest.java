package io.pixelstudio.bridge.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.bridge.endpoint.AgentLimits;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.testserver.ScriptedChatServer;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ResultTurnTexts;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.pixelstudio.bridge.testserver.ScriptedChatServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class AgentLoopTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();
    static final String ZOOM = "The sign is small; I will zoom in.\n<tool_call>\n{\"name\": \"crop_image_normalized\","
            + " \"arguments\": {\"bbox_2d\": [0.1, 0.2, 0.5, 0.6], \"target_image\": 1}}\n</tool_call>";

    @TempDir
    Path temp;
    private ScriptedChatServer server;

    @BeforeEach
    void start() throws IOException {
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Function<String, BufferedImage> loader() {
        ImageLoader images = new ImageLoader();
        return path -> {
            try {
                return images.load(Path.of(path));
            } catch (MediaDecodeException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private AgentLoop loop(EndpointProfile profile, boolean stream) {
        return new AgentLoop(ChatClient.create(profile, name -> null), new FolderImageSink(temp.resolve("obs")), stream);
    }

    private EndpointProfile profile() {
        return EndpointProfile.defaults("local", server.baseUrl(), "pixel-reasoner");
    }

    static AgentTask streetTask() {
        return new AgentTask("street-1", "test", "What are the bakery's opening hours?",
                List.of(new Media.Image(STREET.toString())), List.of("7am"), List.of(), loader());
    }

    static BufferedImage decode(JsonNode part) {
        String url = part.path("image_url").path("url").asText();
        assertThat(url).startsWith("data:image/png;base64,");
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        assertThat(actual.getRGB(0, 0, w, h, null, 0, w)).isEqualTo(expected.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void aZoomCallThenAnAnswerBecomesAnOrdinaryTraceThatReplaysAndValidates() {
        server.then(reply(ZOOM)).then(reply("The sign reads 7am. \\boxed{7am}"));
        List<Integer> seen = new ArrayList<>();
        List<ReplayStep> steps = new ArrayList<>();
        AgentListener listener = new AgentListener() {
            @Override
            public void onTurn(int index, Turn turn, Optional<ReplayStep> step) {
                seen.add(index);
                step.ifPresent(steps::add);
            }
        };

        AgentResult result = loop(profile(), false).run(streetTask(), listener, Cancellation.none());

        assertThat(result.stopReason()).isEqualTo(StopReason.ANSWERED);
        assertThat(result.toolCalls()).isEqualTo(1);
        Trace trace = result.trace();
        assertThat(trace.turns()).extracting(Turn::role)
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).boxes().orElseThrow().normalized()).isEqualTo(Box.normalized(0.1, 0.2, 0.5, 0.6));

        TraceReplay.Replay replay = new TraceReplay(loop(profile(), false).settings(), loader()).replay(trace);
        OperationResult.Success crop = (OperationResult.Success) replay.steps().get(0).result().orElseThrow();
        BufferedImage cropImage = crop.images().get(0);
        assertThat(trace.turns().get(3).content().get(0)).isEqualTo(
                new Content.Text(ResultTurnTexts.crop(cropImage.getWidth(), cropImage.getHeight())));
        assertThat(trace.turns().get(3).content().get(1)).isInstanceOf(Content.Image.class);

        JsonNode second = server.requests().get(1).path("messages");
        assertThat(second).hasSize(4);
        assertThat(second.path(0).path("content").asText()).startsWith("You are a helpful assistant.\n\n# Tools");
        JsonNode prompt = second.path(1).path("content");
        BufferedImage input = decode(prompt.path(0));
        BufferedImage original = loader().apply(STREET.toString());
        var expectedSize = SmartResize.fit(original.getWidth(), original.getHeight(), PixelBounds.EVAL_INPUT);
        assertThat(input.getWidth()).isEqualTo(expectedSize.width());
        assertThat(input.getHeight()).isEqualTo(expectedSize.height());
        assertThat(prompt.path(1).path("text").asText()).isEqualTo("What are the bakery's opening hours?" + PromptSuffix.VCOT.appended());
        assertThat(trace.question()).isEqualTo("What are the bakery's opening hours?");
        assertThat(second.path(2).path("content").asText()).isEqualTo(ZOOM);
        JsonNode observation = second.path(3).path("content");
        assertThat(observation.path(0).path("text").asText()).isEqualTo(ResultTurnTexts.crop(cropImage.getWidth(), cropImage.getHeight()));
        assertSamePixels(decode(observation.path(1)), cropImage);

        List<Finding> findings = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData())
                .validate(trace, Location.ofFile(temp.resolve("live.json")), Path::of);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void aMalformedToolCallGetsTheReferenceErrorTurnAndTheModelGoesOn() {
        server.then(reply("Zoom.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0.1, 0.2,"
                + " 0.5], \"target_image\": 1}}\n</tool_call>")).then(reply("\\boxed{7am}"));

        AgentResult result = loop(profile(), false).run(streetTask(), AgentListener.NONE, Cancellation.none());

        assertThat(result.stopReason()).isEqualTo(StopReason.ANSWERED);
        assertThat(result.failedCalls()).isEqualTo(1);
        Turn observation = result.trace().turns().get(3);
        assertThat(observation.content()).hasSize(1);
        assertThat(ResultTurnTexts.recognise(observation.text())).get()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ResultTurnTexts.Kind.ERROR));
        assertThat(observation.text()).startsWith("\nExecution error:\n");
        assertThat(server.requests().get(1).path("messages").path(3).path("content").path(0).path("text").asText())
                .isEqualTo(observation.text());
    }

    @Test
    void stopsWithoutExecutingACallBeyondTheCallLimit() {
        server.otherwise(reply(ZOOM));

        AgentResult result = loop(profile().withLimits(new AgentLimits(2, 16, 100_000)), false)
                .run(streetTask(), AgentListener.NONE, Cancellation.none());

        assertThat(result.stopReason()).isEqualTo(StopReason.CALL_LIMIT);
        assertThat(result.toolCalls()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(result.trace().turns().get(result.trace().turns().size() - 1).role()).isEqualTo(Role.ASSISTANT);
    }

    @Test
    void stopsOnTheTokenLimitAsTheReferenceDoes() {
        server.otherwise(reply(ZOOM));

        AgentResult result = loop(profile().withLimits(new AgentLimits(4, 16, 999)), false)
                .run(streetTask(), AgentListener.NONE, Cancellation.none());

        assertThat(result.stopReason()).isEqualTo(StopReason.TOKEN_LIMIT);
        assertThat(result.toolCalls()).isZero();
    }

    @Test
    void streamsTheReplyAndEmitsDeltas() {
        server.then(ScriptedChatServer.stream(List.of("The hours are ", "\\boxed{7am}")));
        List<String> deltas = new ArrayList<>();
        AgentListener listener = new AgentListener() {
            @Override
            public void onDelta(String text) {
                deltas.add(text);
            }
        };

        AgentResult result = loop(profile(), true).run(streetTask(), listener, Cancellation.none());

        assertThat(deltas).containsExactly("The hours are ", "\\boxed{7am}");
        assertThat(result.finalReply()).isEqualTo("The hours are \\boxed{7am}");
    }

    @Test
    void aCancelledRunStopsBetweenTurnsAndKeepsWhatItHas() {
        server.otherwise(reply(ZOOM));
        Cancellation cancellation = new Cancellation();
        AgentListener stopAfterFirstObservation = new AgentListener() {
            @Override
            public void onTurn(int index, Turn turn, Optional<ReplayStep> step) {
                if (step.isPresent()) {
                    cancellation.cancel();
                }
            }
        };

        AgentResult result = loop(profile(), false).run(streetTask(), stopAfterFirstObservation, cancellation);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.trace().turns()).hasSize(4);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void forkRewritesTheBoxAtTurnKAndContinuesFromTheEditedCrop() {
        server.then(reply(ZOOM)).then(reply("\\boxed{7am}")).then(reply("\\boxed{8am}"));
        AgentLoop loop = loop(profile(), false);
        Trace original = loop.run(streetTask(), AgentListener.NONE, Cancellation.none()).trace();

        AgentResult forked = loop.fork(original, 2, Box.normalized(0.5, 0.5, 0.9, 0.9), loader(),
                AgentListener.NONE, Cancellation.none());

        assertThat(forked.finalReply()).isEqualTo("\\boxed{8am}");
        assertThat(forked.toolCalls()).isEqualTo(1);
        assertThat(forked.trace().turns().get(2).text()).startsWith("The sign is small; I will zoom in.\n<tool_call>")
                .contains("[0.5, 0.5, 0.9, 0.9]");
        TraceReplay.Replay replay = new TraceReplay(loop.settings(), loader()).replay(forked.trace());
        BufferedImage newCrop = ((OperationResult.Success) replay.steps().get(0).result().orElseThrow()).images().get(0);
        JsonNode sent = server.requests().get(2).path("messages");
        assertThat(sent).hasSize(4);
        assertSamePixels(decode(sent.path(3).path("content").path(1)), newCrop);
    }
}
