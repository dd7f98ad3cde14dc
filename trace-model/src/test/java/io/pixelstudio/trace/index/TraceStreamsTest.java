package io.pixelstudio.trace.index;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceStreamsTest {

    private static final Path SAMPLE = Path.of("..", "assets", "sample");
    private final TraceFormats formats = TraceFormats.discover();

    @TempDir
    Path dir;

    @Test
    void visitsEveryRecordOfAJsonLinesFileInOrderAndReportsTheBrokenLine() throws IOException {
        Path file = Files.writeString(dir.resolve("t.jsonl"), String.join("\n",
                record("a"), "{broken", record("b"), record("c")) + "\n", StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();

        List<Finding> findings = TraceStreams.forEach(file, new SimpleTestFormat(), ProgressListener.NONE,
                t -> ids.add(t.id()));

        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.location().line()).hasValue(2));
    }

    @Test
    void visitsAProjectFolderAndTheSameTracesAsItsSftTwin() throws IOException {
        List<String> fromProject = new ArrayList<>();
        List<String> fromSft = new ArrayList<>();

        TraceStreams.forEach(SAMPLE.resolve("project"), formats.require("studio-project"), ProgressListener.NONE,
                t -> fromProject.add(t.id()));
        TraceStreams.forEach(SAMPLE.resolve("sample-sft.json"), formats.require("pixelreasoner-sft"),
                ProgressListener.NONE, (Trace t) -> fromSft.add(t.id()));

        assertThat(fromProject).hasSize(12).containsExactlyElementsOf(fromSft);
    }

    private static String record(String id) {
        return "{\"id\":\"" + id + "\",\"turns\":[{\"role\":\"user\",\"text\":\"q\"}]}";
    }
}
