package io.pixelstudio.bridge.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunEventParserTest {

    private final RunEventParser parser = new RunEventParser();

    @Test
    void eachEventKindParsesWithItsFields() {
        assertThat(parser.parse(1, "{\"event\":\"start\",\"kind\":\"rl\",\"total_steps\":100}"))
                .isEqualTo(new RunEvent.Started(1, "rl", 100));
        assertThat(parser.parse(2, "{\"event\":\"metrics\",\"step\":3,\"values\":{\"loss\":0.5,\"rapr\":0.25}}"))
                .isEqualTo(new RunEvent.Metrics(2, 3, Map.of("loss", 0.5, "rapr", 0.25)));
        assertThat(parser.parse(3, "{\"event\":\"checkpoint\",\"step\":10,\"path\":\"ckpt/10\"}"))
                .isEqualTo(new RunEvent.Checkpoint(3, 10, "ckpt/10"));
        assertThat(parser.parse(4, "{\"event\":\"rollouts\",\"step\":10,\"path\":\"r/10.jsonl\",\"count\":64}"))
                .isEqualTo(new RunEvent.Rollouts(4, 10, "r/10.jsonl", 64));
        assertThat(parser.parse(5, "{\"event\":\"predictions\",\"path\":\"p.jsonl\",\"benchmark\":\"vstar\"}"))
                .isEqualTo(new RunEvent.Predictions(5, "p.jsonl", "vstar"));
        assertThat(parser.parse(6, "{\"event\":\"error\",\"message\":\"OOM\",\"traceback\":\"T\"}"))
                .isEqualTo(new RunEvent.Error(6, "OOM", "T"));
        assertThat(parser.parse(7, "{\"event\":\"end\"}")).isEqualTo(new RunEvent.Ended(7, "succeeded"));
    }

    @Test
    void pythonsBareNanParsesAsNotANumber() {
        RunEvent event = parser.parse(1, "{\"event\": \"metrics\", \"step\": 2, \"values\": {\"loss\": NaN}}");

        assertThat(((RunEvent.Metrics) event).values().get("loss")).isNaN();
    }

    @Test
    void plainOutputIsKeptAsOutput() {
        assertThat(parser.parse(9, "Loading checkpoint shards: 100%")).isEqualTo(new RunEvent.Output(9, "Loading checkpoint shards: 100%"));
    }

    @Test
    void brokenEventsAreMalformedWithTheReasonNeverAnException() {
        assertThat(parser.parse(1, "{\"event\": \"metrics\", \"step\": 2, \"values\": {\"loss\": "))
                .isInstanceOf(RunEvent.Malformed.class)
                .extracting(e -> ((RunEvent.Malformed) e).problem()).asString().startsWith("not JSON");
        assertThat(((RunEvent.Malformed) parser.parse(2, "{\"event\": \"teleport\"}")).problem())
                .isEqualTo("unknown event \"teleport\"");
        assertThat(((RunEvent.Malformed) parser.parse(3, "{\"step\": 1}")).problem()).isEqualTo("no \"event\" field");
        assertThat(((RunEvent.Malformed) parser.parse(4, "{\"event\":\"metrics\",\"step\":1.5,\"values\":{}}")).problem())
                .contains("\"step\" must be an integer");
        assertThat(((RunEvent.Malformed) parser.parse(5, "{\"event\":\"metrics\",\"values\":{\"loss\":\"low\"}}")).problem())
                .contains("metric \"loss\" is not a number");
    }
}
