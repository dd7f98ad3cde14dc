package io.pixelstudio.bridge.probe;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.bridge.agent.AgentListener;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentTask;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.evalrun.RetryPolicy;
import io.pixelstudio.bridge.testserver.ScriptedChatServer;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.TraceReplay;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ProberTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();
    static final String ZOOM = "Let me look.\n<tool_call>\n{\"name\": \"crop_image_normalized\","
            + " \"arguments\": {\"bbox_2d\": [0.3, 0.3, 0.5, 0.5], \"target_image\": 1}}\n</tool_call>";

    @TempDir
    Path temp;
    private ScriptedChatServer server;
    private volatile BufferedImage realCrop;

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

    /**
     * A scripted model: it zooms first; then it answers 7am when it saw the real crop and "closed"
     * otherwise — unless the question says it is blind, when it always answers 7am.
     */
    private ScriptedChatServer.Step model() {
        return ScriptedChatServer.replyWith(request -> {
            JsonNode messages = request.path("messages");
            JsonNode last = messages.path(messages.size() - 1);
            if (messages.size() == 2) {
                return ZOOM;
            }
            if (last.path("content").path(0).path("text").asText().contains("Execution error")) {
                return "\\boxed{error}";
            }
            if (realCrop == null || messages.path(1).path("content").path(1).path("text").asText().contains("blind")) {
                return "\\boxed{7am}";
            }
            BufferedImage seen = decode(last.path("content").path(1).path("image_url").path("url").asText());
            return sameRgb(seen, realCrop) ? "\\boxed{7am}" : "\\boxed{closed}";
        });
    }

    private static BufferedImage decode(String url) {
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameRgb(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int w = a.getWidth();
        int h = a.getHeight();
        return Arrays.equals(a.getRGB(0, 0, w, h, null, 0, w), b.getRGB(0, 0, w, h, null, 0, w));
    }

    private AgentLoop loop() {
        return new AgentLoop(ChatClient.create(EndpointProfile.defaults("t", server.baseUrl(), "m"), n -> null),
                new FolderImageSink(temp.resolve("obs")), false);
    }

    private Trace answered(AgentLoop loop, String id, String question) {
        realCrop = null;
        Trace trace = loop.run(new AgentTask(id, "test", question, List.of(new Media.Image(STREET.toString())),
                List.of("7am"), List.of(), loader()), AgentListener.NONE, Cancellation.none()).trace();
        realCrop = ((OperationResult.Success) new TraceReplay(loop.settings(), loader()).replay(trace).steps().get(0)
                .result().orElseThrow()).images().get(0);
        return trace;
    }

    @Test
    void everyKindChangesTheAnswerOfAModelThatReadsTheCropAndNoneOfABlindOne() throws Exception {
        server.otherwise(model());
        AgentLoop loop = loop();
        Trace looking = answered(loop, "vstar-1", "When does the bakery open?");
        Trace blind = answered(loop, "vstar-2", "When does the bakery open? (blind)");
        ProbeBatch batch = new ProbeBatch(new Prober(loop, 42), 2, RetryPolicy.DEFAULT, d -> { });

        ProbeReport report = batch.run(List.of(looking, blind), List.of(ProbeKind.values()), OptionalInt.empty(), loader(),
                o -> { }, Cancellation.none());

        assertThat(report.outcomes()).hasSize(8);
        assertThat(report.outcomes()).allSatisfy(o -> {
            assertThat(o.skipped()).isEmpty();
            assertThat(o.turn()).isEqualTo(2);
            assertThat(o.originalAnswer()).isEqualTo("7am");
        });
        assertThat(report.outcomes()).filteredOn(o -> o.traceId().equals("vstar-1"))
                .allSatisfy(o -> {
                    assertThat(o.changed()).as(o.kind().id()).isTrue();
                    assertThat(o.probedAnswer()).contains("closed");
                });
        assertThat(report.outcomes()).filteredOn(o -> o.traceId().equals("vstar-2")).noneMatch(ProbeOutcome::changed);
        assertThat(report.summary().get(ProbeKind.MASK).changedShare()).isEqualTo(0.5);

        Path file = temp.resolve("probe.jsonl");
        report.write(file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).contains("\"type\":\"probe\"").contains("\"qid\":\"vstar-1\"").contains("\"changed\":true");
        assertThat(lines.get(8)).contains("\"type\":\"summary\"").contains("\"kind\":\"mask\"").contains("\"changedShare\":0.5");
    }

    @Test
    void theProbedConversationKeepsTheModelsOwnCallTextAndSendsTheAlteredCrop() {
        server.otherwise(model());
        AgentLoop loop = loop();
        Trace looking = answered(loop, "vstar-1", "When does the bakery open?");
        int before = server.requestCount();

        ProbeOutcome outcome = new Prober(loop, 1).probe(looking, 2, ProbeKind.MASK, loader(), Cancellation.none());

        assertThat(server.requestCount() - before).isEqualTo(1);
        JsonNode sent = server.requests().get(before).path("messages");
        assertThat(sent.path(2).path("content").asText()).isEqualTo(ZOOM);
        BufferedImage seen = decode(sent.path(3).path("content").path(1).path("image_url").path("url").asText());
        assertThat(seen.getWidth()).isEqualTo(realCrop.getWidth());
        assertThat(seen.getRGB(seen.getWidth() / 2, seen.getHeight() / 2) & 0xFFFFFF).isZero();
        assertThat(outcome.probedTrace().orElseThrow().turns().get(2).text()).isEqualTo(ZOOM);
    }

    @Test
    void aTurnWithoutAZoomIsSkippedWithTheReason() {
        server.otherwise(model());
        AgentLoop loop = loop();
        Trace looking = answered(loop, "vstar-1", "When does the bakery open?");

        ProbeOutcome outcome = new Prober(loop, 1).probe(looking, 4, ProbeKind.SHIFT, loader(), Cancellation.none());

        assertThat(outcome.skipped()).contains("turn 4 holds no executed zoom-in");
        assertThat(outcome.changed()).isFalse();
    }
}
