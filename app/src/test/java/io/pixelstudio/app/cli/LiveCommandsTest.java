package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ask}, {@code eval} and {@code probe} end to end against a loopback chat-completions server
 * whose model zooms once, then answers {@code \boxed{A}}.
 */
@Timeout(120)
class LiveCommandsTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();
    static final String ZOOM = "Zooming.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
            + " {\"bbox_2d\": [0.2, 0.2, 0.6, 0.6], \"target_image\": 1}}\n</tool_call>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
                requests.incrementAndGet();
                String text = request.path("messages").size() == 2 ? ZOOM : "It is \\boxed{A}";
                var body = JSON.createObjectNode();
                body.putArray("choices").addObject().put("finish_reason", "stop")
                        .putObject("message").put("role", "assistant").put("content", text);
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        Files.createDirectories(tmp.resolve("bench/images"));
        BufferedImage small = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                small.setRGB(x, y, (x * 255 / 640) << 16 | (y * 255 / 480) << 8 | 90);
            }
        }
        ImageIO.write(small, "png", tmp.resolve("bench/images/scene.png").toFile());
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            rows.append("{\"question\": \"Q").append(i).append("?\\n(A) a\\n(B) b\", \"image\": [\"images/scene.png\"],")
                    .append(" \"gt_answer\": \"").append(i == 3 ? "B" : "A").append("\", \"qid\": \"vstar-").append(i).append("\"}\n");
        }
        Files.writeString(tmp.resolve("bench/vstar.jsonl"), rows);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Test
    void askPrintsTheTurnsAndSavesATraceTheStudioReads() throws IOException {
        Path out = tmp.resolve("asked.json");

        CliRun run = CliRun.of("ask", STREET.toString(), "What is on the sign?", "--endpoint", url(), "--model", "m",
                "--no-stream", "--out", out.toString(), "--profiles-dir", tmp.resolve("profiles").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("assistant: " + ZOOM).contains("[observation] Here is the cropped image (Image Size: ")
                .contains("assistant: It is \\boxed{A}").contains("[answered · 1 tool call(s)]");
        List<Trace> traces = new TraceFormats(List.of(new PixelReasonerSftFormat())).require(PixelReasonerSftFormat.ID)
                .read(out, ProgressListener.NONE).traces();
        assertThat(traces).singleElement().satisfies(t -> assertThat(t.turns()).hasSize(5));
    }

    @Test
    void askForkContinuesASavedTraceFromAnEditedBox() throws IOException {
        Path asked = tmp.resolve("asked.json");
        assertThat(CliRun.of("ask", STREET.toString(), "What is on the sign?", "--endpoint", url(), "--model", "m",
                "--no-stream", "--out", asked.toString()).status()).isZero();
        Path forked = tmp.resolve("forked.json");

        CliRun run = CliRun.of("ask", "--fork", asked.toString(), "--trace", "ask-street", "--turn", "2",
                "--box", "0.5,0.5,0.9,0.9", "--endpoint", url(), "--model", "m", "--no-stream", "--out", forked.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("[observation] Here is the cropped image").contains("[answered · 1 tool call(s)]");
        Trace trace = new TraceFormats(List.of(new PixelReasonerSftFormat())).require(PixelReasonerSftFormat.ID)
                .read(forked, ProgressListener.NONE).traces().get(0);
        assertThat(trace.turns()).hasSize(5);
        assertThat(trace.turns().get(2).text()).startsWith("Zooming.\n<tool_call>").contains("[0.5, 0.5, 0.9, 0.9]");
    }

    @Test
    void evalWritesPredictionsScoresThemAndAResumeAsksNothingTwice() throws IOException {
        Path pred = tmp.resolve("run.predictions.jsonl");
        String[] args = {"eval", "--endpoint", url(), "--model", "m", tmp.resolve("bench/vstar.jsonl").toString(),
                "--out", pred.toString(), "--concurrency", "2"};

        CliRun first = CliRun.of(args);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 items · 0 already in").contains("3 answered now · 0 failed").contains("vstar");
        assertThat(first.out()).contains("66.7");
        assertThat(Files.readAllLines(pred)).hasSize(4);
        int asked = requests.get();

        CliRun again = CliRun.of(args);
        assertThat(again.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("already exists").contains("--resume");

        String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
        resume[args.length] = "--resume";
        CliRun resumed = CliRun.of(resume);
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("3 already in").contains("0 answered now");
        assertThat(requests.get()).isEqualTo(asked);
    }

    @Test
    void probeReportsTheShareOfChangedAnswersPerKind() throws IOException {
        Path pred = tmp.resolve("run.predictions.jsonl");
        CliRun eval = CliRun.of("eval", "--endpoint", url(), "--model", "m", tmp.resolve("bench/vstar.jsonl").toString(),
                "--out", pred.toString(), "--no-score");
        assertThat(eval.status()).as(eval.err()).isZero();
        Path report = tmp.resolve("probe.jsonl");

        CliRun run = CliRun.of("probe", pred.toString(), "--endpoint", url(), "--model", "m", "--kinds", "mask,full",
                "--out", report.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("mask").contains("full").contains("0.0%");
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(6)).contains("\"type\":\"summary\"").contains("\"probed\":3").contains("\"changed\":0");
    }

    @Test
    void aRefusedEndpointIsOneClearLineAndExitStatusTwo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.of("ask", STREET.toString(), "Q?", "--endpoint", "http://127.0.0.1:" + port + "/v1",
                "--model", "m", "--profiles-dir", tmp.toString());

        assertThat(run.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("cannot connect: http://127.0.0.1:" + port + "/v1/chat/completions");
    }

    @Test
    void aSavedProfileNamesTheKeyVariableAndIsUsedByName() throws IOException {
        Path profiles = tmp.resolve("profiles");
        CliRun save = CliRun.of("ask", "--test", "--endpoint", url(), "--model", "m", "--api-key-env", "HOME",
                "--save-profile", "local", "--profiles-dir", profiles.toString());
        assertThat(save.status()).as(save.err()).isZero();
        assertThat(save.out()).contains("ok: the model called crop_image_normalized");
        String json = Files.readString(profiles.resolve("local.endpoint.json"));
        assertThat(json).contains("\"apiKeyEnv\": \"HOME\"").doesNotContain(System.getenv("HOME"));

        CliRun byName = CliRun.of("ask", STREET.toString(), "Q?", "--profile", "local", "--no-stream",
                "--profiles-dir", profiles.toString());
        assertThat(byName.status()).as(byName.err()).isZero();
        assertThat(byName.out()).contains("It is \\boxed{A}");
    }
}
