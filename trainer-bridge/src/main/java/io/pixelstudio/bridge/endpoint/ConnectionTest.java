package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a profile before a long run: the server answers, the key is accepted, the model is served,
 * and — the failure that otherwise shows up only as a bad score — the model actually calls the
 * zoom-in tool in the reference's {@code <tool_call>} form when shown a tiny-text image.
 * Connection, auth and model errors are thrown as {@link EndpointException}s naming the URL.
 */
public final class ConnectionTest {

    /** The verdict. */
    public enum Verdict {
        /** The model replied with a tool call the reference parser reads. */
        OK,
        /** The model replied, but with no {@code <tool_call>}: it will answer without looking closer. */
        NO_TOOL_CALLS,
        /** The model wrote a {@code <tool_call>} the reference parser cannot execute. */
        INVALID_TOOL_CALL
    }

    /**
     * @param verdict     what the test found
     * @param modelListed whether {@code /models} lists the profile's model (empty when the server has no such route)
     * @param latency     time to the reply
     * @param reply       the model's reply text
     * @param detail      a sentence for people
     */
    public record Report(Verdict verdict, Optional<Boolean> modelListed, Duration latency, String reply, String detail) {
    }

    /** The question the test asks. */
    public static final String QUESTION = "What is the small word written in the top-left corner of the image? "
            + "Zoom in on it with crop_image_normalized before answering.";

    private final ChatClient client;

    public ConnectionTest(ChatClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Runs the test. */
    public Report run(Cancellation cancellation) {
        Optional<Boolean> listed = modelListed(cancellation);
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        messages.addObject().put("role", "system").put("content", client.profile().systemPrompt());
        ObjectNode user = messages.addObject().put("role", "user");
        ArrayNode parts = user.putArray("content");
        parts.addObject().put("type", "image_url").putObject("image_url").put("url", probeImage());
        parts.addObject().put("type", "text").put("text", QUESTION);
        long start = System.nanoTime();
        ChatReply reply = client.complete(messages, cancellation);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        Optional<ToolCall> call = ToolCallParser.parse(reply.content());
        if (call.isEmpty()) {
            return new Report(Verdict.NO_TOOL_CALLS, listed, latency, reply.content(), "the model at " + client.profile().chatUrl()
                    + " answered without a <tool_call>: check that it is a pixel-reasoning checkpoint and that the"
                    + " system prompt lists the tools");
        }
        if (call.get() instanceof ToolCall.Invalid invalid) {
            return new Report(Verdict.INVALID_TOOL_CALL, listed, latency, reply.content(),
                    "the model's tool call cannot be executed: " + invalid.message());
        }
        return new Report(Verdict.OK, listed, latency, reply.content(), "the model called "
                + ((ToolCall.Valid) call.get()).operation().toolName() + " in " + latency.toMillis() + " ms");
    }

    private Optional<Boolean> modelListed(Cancellation cancellation) {
        JsonNode models;
        try {
            models = client.getJson(client.profile().baseUrl() + "/models", cancellation);
        } catch (EndpointException e) {
            if (e.kind() == EndpointException.Kind.NOT_FOUND || e.kind() == EndpointException.Kind.MALFORMED
                    || e.kind() == EndpointException.Kind.BAD_REQUEST) {
                return Optional.empty();
            }
            throw e;
        }
        List<String> ids = new ArrayList<>();
        models.path("data").forEach(m -> ids.add(m.path("id").asText()));
        return Optional.of(ids.contains(client.profile().model()));
    }

    /** A 448x448 image with a tiny word in its top-left corner. */
    private static String probeImage() {
        BufferedImage image = new BufferedImage(448, 448, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 448, 448);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(7f));
        g.drawString("pixel", 6, 12);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
