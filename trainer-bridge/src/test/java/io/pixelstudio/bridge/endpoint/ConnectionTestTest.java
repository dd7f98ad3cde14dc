package io.pixelstudio.bridge.endpoint;

import io.pixelstudio.bridge.testserver.ScriptedChatServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;

import static io.pixelstudio.bridge.testserver.ScriptedChatServer.reply;
import static io.pixelstudio.bridge.testserver.ScriptedChatServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class ConnectionTestTest {

    private ScriptedChatServer server;

    @BeforeEach
    void start() throws IOException {
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectionTest test(String model) {
        return new ConnectionTest(ChatClient.create(EndpointProfile.defaults("t", server.baseUrl(), model), n -> null));
    }

    @Test
    void aModelThatCallsTheZoomToolPasses() {
        server.then(reply("<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0, 0, 0.2, 0.1],"
                + " \"target_image\": 1}}\n</tool_call>"));

        ConnectionTest.Report report = test("pixel-reasoner").run(Cancellation.none());

        assertThat(report.verdict()).isEqualTo(ConnectionTest.Verdict.OK);
        assertThat(report.modelListed()).contains(true);
        var sent = server.requests().get(0).path("messages");
        assertThat(sent.path(1).path("content").path(0).path("image_url").path("url").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    void aModelThatAnswersWithoutToolCallsIsReportedAsSuch() {
        server.then(reply("The word is pixel."));

        ConnectionTest.Report report = test("other-model").run(Cancellation.none());

        assertThat(report.verdict()).isEqualTo(ConnectionTest.Verdict.NO_TOOL_CALLS);
        assertThat(report.modelListed()).contains(false);
        assertThat(report.detail()).contains(server.baseUrl() + "/chat/completions").contains("without a <tool_call>");
    }

    @Test
    void aRejectedKeyFailsTheTestWithTheStatus() {
        server.then(status(401, "{\"error\": {\"message\": \"bad key\"}}"));
        ConnectionTest withModelsRoute = test("pixel-reasoner");

        assertThatThrownBy(() -> withModelsRoute.run(Cancellation.none()))
                .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.kind()).isEqualTo(EndpointException.Kind.UNAUTHORIZED))
                .hasMessageContaining("HTTP 401");
    }
}
