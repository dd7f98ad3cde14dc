package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pixelstudio.bridge.testserver.ScriptedChatServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pixelstudio.bridge.testserver.ScriptedChatServer.reply;
import static io.pixelstudio.bridge.testserver.ScriptedChatServer.slow;
import static io.pixelstudio.bridge.testserver.ScriptedChatServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class ChatClientTest {

    private ScriptedChatServer server;

    @BeforeEach
    void start() throws IOException {
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatClient client(EndpointProfile profile) {
        return ChatClient.create(profile, Map.of("PIXEL_KEY", "sk-secret")::get);
    }

    private EndpointProfile profile() {
        return EndpointProfile.defaults("local", server.baseUrl(), "pixel-reasoner");
    }

    private static ArrayNode hello() {
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        messages.addObject().put("role", "user").put("content", "hello");
        return messages;
    }

    @Test
    void sendsModelMessagesDecodingAndBearerKeyAndReadsTheReply() {
        server.then(reply("\\boxed{B}"));
        ChatClient client = client(profile().withKeySource(KeySource.env("PIXEL_KEY")));

        ChatReply reply = client.complete(hello(), Cancellation.none());

        assertThat(reply.content()).isEqualTo("\\boxed{B}");
        assertThat(reply.finishReason()).isEqualTo("stop");
        assertThat(reply.promptTokens()).isEqualTo(1000);
        var sent = server.requests().get(0);
        assertThat(sent.path("model").asText()).isEqualTo("pixel-reasoner");
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(8192);
        assertThat(sent.path("messages").path(0).path("content").asText()).isEqualTo("hello");
        assertThat(server.authorizations()).containsExactly("Bearer sk-secret");
    }

    @Test
    void aRefusedConnectionNamesTheUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ChatClient client = client(EndpointProfile.defaults("x", "http://127.0.0.1:" + port + "/v1", "m"));

        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EndpointException.Kind.REFUSED);
                    assertThat(e.status()).isEqualTo(-1);
                })
                .hasMessageContaining("http://127.0.0.1:" + port + "/v1/chat/completions")
                .hasMessageContaining("connection refused");
    }

    @Test
    void unauthorisedNotFoundAndServerErrorsAreTypedWithStatusAndServerMessage() {
        server.then(status(401, "{\"error\": {\"message\": \"Invalid API key\"}}"))
                .then(status(404, "{\"error\": {\"message\": \"The model `nope` does not exist.\"}}"))
                .then(status(500, "Internal Server Error"))
                .then(status(400, "{\"error\": {\"message\": \"too many tokens\"}}"));
        ChatClient client = client(profile());

        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.UNAUTHORIZED))
                .hasMessageContaining("HTTP 401").hasMessageContaining("no API key was sent").hasMessageContaining("Invalid API key");
        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.NOT_FOUND))
                .hasMessageContaining("HTTP 404").hasMessageContaining("model 'pixel-reasoner'");
        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EndpointException.Kind.SERVER_ERROR);
                    assertThat(e.retryable()).isTrue();
                }).hasMessageContaining("HTTP 500").hasMessageContaining("Internal Server Error");
        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EndpointException.Kind.BAD_REQUEST);
                    assertThat(e.retryable()).isFalse();
                }).hasMessageContaining("too many tokens");
    }

    @Test
    void aSlowReplyTimesOut() {
        server.then(slow(3000, reply("late")));
        ChatClient client = client(profile().withTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EndpointException.Kind.TIMEOUT);
                    assertThat(e.retryable()).isTrue();
                }).hasMessageContaining("/v1/chat/completions").hasMessageContaining("300 ms");
    }

    @Test
    void aBodyThatIsNotAChatCompletionIsMalformed() {
        server.then(status(200, "<html>proxy login</html>")).then(status(200, "{\"object\": \"list\"}"));
        ChatClient client = client(profile());

        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.MALFORMED))
                .hasMessageContaining("HTTP 200").hasMessageContaining("<html>proxy login</html>");
        assertThatThrownBy(() -> client.complete(hello(), Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.MALFORMED))
                .hasMessageContaining("no choices[0]");
    }

    @Test
    void streamsDeltasInOrderAndAssemblesTheReplyWithUsage() {
        server.then(ScriptedChatServer.stream(List.of("Let me zoom.", "\n<tool_call>\n", "{\"name\": \"x\"}", "\n</tool_call>")));
        ChatClient client = client(profile());
        List<String> deltas = new ArrayList<>();

        ChatReply reply = client.stream(hello(), deltas::add, Cancellation.none());

        assertThat(deltas).containsExactly("Let me zoom.", "\n<tool_call>\n", "{\"name\": \"x\"}", "\n</tool_call>");
        assertThat(reply.content()).isEqualTo(String.join("", deltas));
        assertThat(reply.finishReason()).isEqualTo("stop");
        assertThat(reply.totalTokens()).isEqualTo(912);
        assertThat(server.requests().get(0).path("stream").asBoolean()).isTrue();
    }

    @Test
    void structuredToolCallsFromAServerToolParserBecomeReferenceToolCallText() {
        server.then(status(200, "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": null, \"tool_calls\":"
                + " [{\"type\": \"function\", \"function\": {\"name\": \"crop_image_normalized\", \"arguments\":"
                + " \"{\\\"bbox_2d\\\": [0.1, 0.2, 0.3, 0.4], \\\"target_image\\\": 1}\"}}]}, \"finish_reason\": \"tool_calls\"}]}"));

        ChatReply reply = client(profile()).complete(hello(), Cancellation.none());

        assertThat(reply.content()).isEqualTo("<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [0.1, 0.2, 0.3, 0.4], \"target_image\": 1}}\n</tool_call>");
    }

    @Test
    void cancellingAbortsARequestInFlight() throws Exception {
        server.then(slow(5000, reply("late")));
        ChatClient client = client(profile());
        Cancellation cancellation = new Cancellation();
        Thread stopper = new Thread(() -> {
            while (server.requestCount() == 0) {
                Thread.onSpinWait();
            }
            cancellation.cancel();
        });
        stopper.start();
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.complete(hello(), cancellation))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.CANCELLED));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        stopper.join();
    }

    @Test
    void aNamedButUnsetKeyVariableIsReportedBeforeAnyRequest() {
        EndpointProfile withKey = profile().withKeySource(KeySource.env("MISSING_KEY"));
        assertThatThrownBy(() -> ChatClient.create(withKey, name -> null))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.UNAUTHORIZED))
                .hasMessageContaining("MISSING_KEY is not set");
        assertThat(server.requestCount()).isZero();
    }
}
