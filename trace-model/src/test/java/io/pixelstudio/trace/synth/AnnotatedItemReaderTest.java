package io.pixelstudio.trace.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.validate.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedItemReaderTest {

    @TempDir
    Path folder;

    private ItemReadResult read(String... lines) throws IOException {
        Path file = folder.resolve("items.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return new AnnotatedItemReader().read(file);
    }

    @Test
    void readsImageAndVideoItemsWithBothBoxUnitsAndDefaultIds() throws IOException {
        ItemReadResult result = read(
                "{\"image\": \"a.jpg\", \"box\": [10, 20, 30, 40], \"box_units\": \"pixels\", \"question\": \"Q?\", \"answer\": 7}",
                "",
                "{\"id\": \"n\", \"image\": \"/abs/b.png\", \"box\": [0.1, 0.2, 0.3, 0.4], \"box_units\": \"normalized\","
                        + " \"question\": \"Which?\", \"answer\": \"B\", \"choices\": [\"x\", \"y\"]}",
                "{\"id\": \"v\", \"frames\": \"clip\", \"evidence_frames\": [10, 9, 9], \"question\": \"When?\", \"answer\": \"9\"}",
                "{\"id\": \"f\", \"video\": \"clip.mp4\", \"evidence_frames\": [3], \"question\": \"When?\", \"answer\": \"3\"}");
        assertThat(result.problems()).isEmpty();
        List<AnnotatedItem> items = result.items();
        assertThat(items).extracting(AnnotatedItem::id).containsExactly("items-1", "n", "v", "f");
        assertThat(items.get(0).evidenceBox()).contains(new Box(10, 20, 30, 40, BoxConvention.ORIGINAL_PIXELS));
        assertThat(items.get(0).answer()).isEqualTo("7");
        assertThat(items.get(0).media()).isEqualTo(new AnnotatedMedia.Image(folder.resolve("a.jpg").toAbsolutePath()));
        assertThat(items.get(0).location().line()).hasValue(1);
        assertThat(items.get(1).evidenceBox()).contains(Box.normalized(0.1, 0.2, 0.3, 0.4));
        assertThat(items.get(1).promptQuestion()).isEqualTo("Which?\n(A) x\n(B) y");
        assertThat(items.get(2).media()).isInstanceOf(AnnotatedMedia.FrameFolder.class);
        assertThat(items.get(2).evidenceFrames()).containsExactly(9, 10);
        assertThat(items.get(3).media()).isInstanceOf(AnnotatedMedia.VideoFile.class);
    }

    @Test
    void badLinesAreLocatedByLineAndFieldAndSkippedWhileTheOthersLoad() throws IOException {
        ItemReadResult result = read(
                "{\"image\": \"a.jpg\", \"box\": [10, 20, 30, 40], \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"image\": \"a.jpg\", \"box\": [10, 20, 30, 40], \"box_units\": \"inches\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "not json",
                "{\"id\": \"ok\", \"image\": \"a.jpg\", \"box\": [0.1, 0.1, 0.2, 0.2], \"box_units\": \"normalized\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"id\": \"ok\", \"image\": \"b.jpg\", \"box\": [0.1, 0.1, 0.2, 0.2], \"box_units\": \"normalized\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"image\": \"a.jpg\", \"box\": [0.5, 0.1, 0.2, 0.2], \"box_units\": \"normalized\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"frames\": \"c\", \"evidence_frames\": [0], \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"image\": \"../outside.jpg\", \"box\": [1, 1, 2, 2], \"box_units\": \"pixels\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"image\": \"a.jpg\", \"video\": \"b.mp4\", \"question\": \"Q?\", \"answer\": \"a\"}",
                "{\"image\": \"a.jpg\", \"box\": [1, 1, 2, 2], \"box_units\": \"pixels\", \"answer\": \"a\"}");
        assertThat(result.items()).extracting(AnnotatedItem::id).containsExactly("ok");
        assertThat(result.problems()).extracting(f -> f.location().line().getAsLong() + ":" + f.location().field().orElse(""))
                .containsExactly("1:box_units", "2:box_units", "3:", "5:id", "6:box", "7:evidence_frames[0]",
                        "8:image", "9:", "10:question");
        assertThat(result.problems()).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(SynthesisRules.ITEM_INVALID.id());
            assertThat(f.location().file().getFileName()).hasToString("items.jsonl");
            assertThat(f.message()).endsWith("line skipped");
        });
        assertThat(result.problems().get(6).message()).contains("escapes the dataset folder");
        assertThat(result.problems().stream().map(Finding::message).filter(m -> m.contains("duplicate id 'ok'"))).hasSize(1);
    }
}
