package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordEncodingTest {

    @TempDir
    Path dir;

    private static Trace prompt(String id) {
        return new Trace(id, "rl", "how many?", List.of(), List.of("3"), List.of(), List.of(), Review.none(),
                Extras.empty());
    }

    @Test
    void encodesInOrderAndReportsEachRecord() {
        List<Long> seen = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done) {
                seen.add(done);
            }
        };
        PixelReasonerRlCodec codec = new PixelReasonerRlCodec(PixelReasonerRlCodec.JSON_ANSWER_KEY);

        List<ObjectNode> records = RecordEncoding.encodeAll(codec, List.of(prompt("a"), prompt("b")), progress);

        assertThat(records).containsExactly(codec.encode(prompt("a")), codec.encode(prompt("b")));
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void cancelledWriteThrowsAndLeavesNoFile() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Path out = dir.resolve("rl.jsonl");
        assertThatThrownBy(() -> new PixelReasonerRlFormat().write(List.of(prompt("a")), out, dir, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        Path sft = dir.resolve("sft.json");
        assertThatThrownBy(() -> new PixelReasonerSftFormat().write(List.of(prompt("a")), sft, dir, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(sft).doesNotExist();
    }
}
