package io.pixelstudio.trace.format.pixelreasoner;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PixelReasonerFormatsTest {

    @TempDir
    Path dir;

    @Test
    void bothFormatsAreRegisteredForServiceLoading() {
        TraceFormats formats = TraceFormats.discover();

        assertThat(formats.byId("pixelreasoner-sft")).get().isInstanceOf(PixelReasonerSftFormat.class);
        assertThat(formats.byId("pixelreasoner-rl")).get().isInstanceOf(PixelReasonerRlFormat.class);
    }

    @Test
    void sftAndRlFilesAreToldApartByTheirContent() throws Exception {
        Path sft = copyGolden("sft.json", "train.json");
        Path rlJson = copyGolden("rl.json", "prompts.json");
        Path rlLines = copyGolden("rl.jsonl", "prompts.jsonl");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "{\"message_list\": []}");

        PixelReasonerSftFormat sftFormat = new PixelReasonerSftFormat();
        PixelReasonerRlFormat rlFormat = new PixelReasonerRlFormat();
        assertThat(sftFormat.canRead(sft)).isTrue();
        assertThat(sftFormat.canRead(rlJson)).isFalse();
        assertThat(sftFormat.canRead(text)).isFalse();
        assertThat(rlFormat.canRead(rlJson)).isTrue();
        assertThat(rlFormat.canRead(rlLines)).isTrue();
        assertThat(rlFormat.canRead(sft)).isFalse();
    }

    @Test
    void sftWriteReproducesTheGoldenFileAndKeepsABackup() throws Exception {
        PixelReasonerSftFormat format = new PixelReasonerSftFormat();
        List<Trace> traces = Golden.decodeAll(format.codec(), Golden.records("sft.json"), "sft");
        Path out = dir.resolve("out.json");
        Files.writeString(out, "previous");

        format.write(traces, out, dir, ProgressListener.NONE);

        assertThat(Files.readAllBytes(out)).isEqualTo(Golden.bytes("sft.json"));
        assertThat(Files.readString(dir.resolve("out.json.bak"))).isEqualTo("previous");
    }

    @Test
    void rlWriteToJsonLinesReproducesTheGoldenLines() throws Exception {
        PixelReasonerRlFormat format = new PixelReasonerRlFormat();
        List<Trace> traces = Golden.decodeAll(format.codec(), Golden.records("rl.json"), "rl");
        Path out = dir.resolve("out.jsonl");

        format.write(traces, out, dir, ProgressListener.NONE);

        assertThat(Files.readAllBytes(out)).isEqualTo(Golden.bytes("rl.jsonl"));
    }

    private Path copyGolden(String golden, String name) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, Golden.bytes(golden));
        return path;
    }
}
