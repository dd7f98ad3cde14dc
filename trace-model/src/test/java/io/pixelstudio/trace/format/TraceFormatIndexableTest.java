package io.pixelstudio.trace.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** One decision, shared by format detection and the CLI: which files go through the record index. */
class TraceFormatIndexableTest {

    private final TraceFormats formats = TraceFormats.discover();

    @TempDir
    Path dir;

    @Test
    void jsonListAndJsonLinesRecordFilesAreIndexableByTheirFormat() throws IOException {
        Path sft = golden("pixelreasoner/sft.json", "train.JSON");
        Path rl = golden("pixelreasoner/rl.jsonl", "prompts.jsonl");

        assertThat(formats.require("pixelreasoner-sft").isIndexable(sft)).isTrue();
        assertThat(formats.require("pixelreasoner-rl").isIndexable(rl)).isTrue();
        assertThat(JsonRecordLayout.detect(sft)).contains(JsonRecordLayout.LIST);
        assertThat(JsonRecordLayout.detect(rl)).contains(JsonRecordLayout.LINES);
    }

    @Test
    void projectManifestIsNeverIndexedAsRecordsEvenThoughItIsAJsonObjectFile() throws IOException {
        Path manifest = golden("project/project.json", "project.json");

        assertThat(JsonRecordLayout.detect(manifest)).contains(JsonRecordLayout.LINES);
        assertThat(formats.require("studio-project").canRead(manifest)).isTrue();
        assertThat(formats.require("studio-project").isIndexable(manifest)).isFalse();
        assertThat(formats.require("studio-project").isIndexable(dir)).isFalse();
    }

    @Test
    void exportFormatsWithoutACodecAreNotIndexable() throws IOException {
        Path sft = golden("pixelreasoner/sft.json", "train.json");

        assertThat(formats.require("sharegpt").isIndexable(sft)).isFalse();
        assertThat(formats.require("openai-messages").isIndexable(sft)).isFalse();
    }

    @Test
    void filesThatAreNotJsonRecordFilesAreNotIndexable() throws IOException {
        TraceFormat sft = formats.require("pixelreasoner-sft");
        Path text = Files.writeString(dir.resolve("notes.txt"), "[{\"message_list\": []}]");
        Path garbage = Files.writeString(dir.resolve("broken.json"), "message_list");
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        Path parquet = Files.writeString(dir.resolve("release.parquet"), "PAR1");

        assertThat(sft.isIndexable(text)).isFalse();
        assertThat(sft.isIndexable(garbage)).isFalse();
        assertThat(sft.isIndexable(folder)).isFalse();
        assertThat(sft.isIndexable(dir.resolve("absent.json"))).isFalse();
        assertThat(formats.require("pixelreasoner-rl").isIndexable(parquet)).isFalse();
    }

    private Path golden(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/golden/" + resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
