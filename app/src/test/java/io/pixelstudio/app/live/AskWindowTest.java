package io.pixelstudio.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.endpoint.EndpointProfiles;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AskWindowTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();
    static final String ZOOM = "Zooming.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
            + " {\"bbox_2d\": [0.25, 0.25, 0.5, 0.5], \"target_image\": 1}}\n</tool_call>";

    @TempDir
    static Path tmp;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ask-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private AskWindow window;

    @Start
    void start(Stage ignored) throws IOException {
        ObjectMapper json = new ObjectMapper();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
                String text = request.path("messages").size() == 2 ? ZOOM : "\\boxed{7am}";
                var body = json.createObjectNode();
                body.putArray("choices").addObject().put("finish_reason", "stop")
                        .putObject("message").put("role", "assistant").put("content", text);
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        EndpointProfiles profiles = new EndpointProfiles(tmp.resolve("profiles"));
        profiles.save(EndpointProfile.defaults("local", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "m"));
        ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error);
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, reporter);
        AskViewModel model = new AskViewModel(tasks, Platform::runLater, profiles,
                p -> new AgentLoop(ChatClient.create(p, n -> null), new FolderImageSink(tmp.resolve("obs")), false));
        window = new AskWindow(null, model, reporter, Messages.load());
        ImageLoader images = new ImageLoader();
        window.show("street", List.of(new Media.Image(STREET.toString())), path -> {
            try {
                return images.load(Path.of(path));
            } catch (MediaDecodeException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        server.stop(0);
    }

    @Test
    void typingAQuestionAndPressingEnterShowsTheTurnsAndDrawsTheZoomBox(FxRobot robot) throws Exception {
        robot.clickOn("#live-question").write("When does the bakery open?").type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#live-turns").queryAs(ListView.class).getItems().size() == 5
                && !robot.lookup("#live-run").queryAs(Button.class).isDisabled());

        assertThat(errors).isEmpty();
        ImageViewer viewer = robot.lookup("#live-viewer").queryAs(ImageViewer.class);
        List<ZoomBoxOverlay.StepBox> boxes = onFx(() -> viewer.overlays().stream()
                .filter(ZoomBoxOverlay.class::isInstance).map(o -> ((ZoomBoxOverlay) o).boxes())
                .findFirst().orElse(List.of()));
        assertThat(boxes).singleElement().satisfies(b -> assertThat(b.originalPixels().x1()).isEqualTo(600.0));
        assertThat(onFx(() -> viewer.imageProperty().get().getWidth())).isEqualTo(2400.0);
        assertThat(robot.lookup("#live-stop").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
