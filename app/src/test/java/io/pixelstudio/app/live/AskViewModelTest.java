package io.pixelstudio.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pixelstudio.app.studio.task.CurrentThreadTasks;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.agent.StopReason;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.endpoint.EndpointProfiles;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class AskViewModelTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();
    static final String ZOOM = "Zooming.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
            + " {\"bbox_2d\": [0.25, 0.25, 0.5, 0.5], \"target_image\": 1}}\n</tool_call>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private HttpServer server;
    private volatile boolean alwaysZoom;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
                String text = alwaysZoom || request.path("messages").size() == 2 ? ZOOM : "\\boxed{7am}";
                var body = JSON.createObjectNode();
                body.putArray("choices").addObject().put("finish_reason", "stop")
                        .putObject("message").put("role", "assistant").put("content", text);
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private AskViewModel model() throws IOException {
        EndpointProfiles profiles = new EndpointProfiles(tmp.resolve("profiles"));
        profiles.save(EndpointProfile.defaults("local", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "m"));
        return new AskViewModel(new CurrentThreadTasks(), Runnable::run, profiles,
                p -> new AgentLoop(ChatClient.create(p, n -> null), new FolderImageSink(tmp.resolve("obs")), false));
    }

    private static Function<String, BufferedImage> loader() {
        ImageLoader images = new ImageLoader();
        return path -> {
            try {
                return images.load(Path.of(path));
            } catch (MediaDecodeException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Test
    void askingNeedsAProfileAndAQuestion() throws IOException {
        AskViewModel model = model();
        assertThat(model.canAsk()).isFalse();

        model.reloadProfiles();
        assertThat(model.profileNames()).containsExactly("local");
        assertThat(model.profileProperty().get()).isEqualTo("local");
        assertThat(model.canAsk()).isFalse();

        model.questionProperty().set("When does the bakery open?");
        assertThat(model.canAsk()).isTrue();
    }

    @Test
    void turnsAndZoomBoxesArriveAsTheModelWorksAndTheResultIsKept() throws IOException {
        AskViewModel model = model();
        model.reloadProfiles();
        model.questionProperty().set("When does the bakery open?");
        List<Integer> turnCounts = new java.util.ArrayList<>();
        model.boxes().addListener((ListChangeListener<Object>) c -> turnCounts.add(model.turns().size()));

        model.ask("street", List.of(new Media.Image(STREET.toString())), loader());

        assertThat(model.turns()).extracting(Turn::role)
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(turnCounts).containsExactly(4);
        assertThat(model.boxes()).singleElement().satisfies(b -> {
            assertThat(b.step()).isEqualTo(1);
            assertThat(b.turnIndex()).isEqualTo(2);
            assertThat(b.originalPixels().convention()).isEqualTo(BoxConvention.ORIGINAL_PIXELS);
            assertThat(b.originalPixels().x1()).isEqualTo(600.0);
            assertThat(b.failed()).isFalse();
        });
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.resultProperty().get().finalReply()).isEqualTo("\\boxed{7am}");
        assertThat(model.statusProperty().get()).isEqualTo("answered · 1 tool call(s)");
    }

    @Test
    void aForkedTraceContinuesFromItsLastCallWithTheBoxAsEdited() throws IOException {
        AskViewModel model = model();
        model.reloadProfiles();
        Trace asked = new Trace("street", "studio", "When does the bakery open?", List.of(new Media.Image(STREET.toString())),
                List.of(), List.of(), List.of(Turn.text(Role.SYSTEM, "sys"),
                new Turn(Role.USER, List.of(new Content.Image(STREET.toString(), Extras.empty()),
                        new Content.Text("When does the bakery open?", Extras.empty())), Extras.empty()),
                Turn.text(Role.ASSISTANT, ZOOM.replace("[0.25, 0.25, 0.5, 0.5]", "[0.5, 0.5, 0.75, 0.75]"))),
                Review.none(), Extras.empty());

        model.continueFrom(asked, loader());

        assertThat(model.turns()).extracting(Turn::role)
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(model.boxes()).singleElement().satisfies(b -> assertThat(b.originalPixels().x1()).isEqualTo(1200.0));
        assertThat(model.resultProperty().get().finalReply()).isEqualTo("\\boxed{7am}");
    }

    @Test
    void stopEndsTheConversationAtTheNextTurnAndKeepsWhatArrived() throws IOException {
        alwaysZoom = true;
        AskViewModel model = model();
        model.reloadProfiles();
        model.questionProperty().set("When does the bakery open?");
        model.boxes().addListener((ListChangeListener<Object>) c -> model.stop());

        model.ask("street", List.of(new Media.Image(STREET.toString())), loader());

        assertThat(model.resultProperty().get().stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(model.turns()).hasSize(4);
        assertThat(model.boxes()).hasSize(1);
        assertThat(model.runningProperty().get()).isFalse();
    }
}
