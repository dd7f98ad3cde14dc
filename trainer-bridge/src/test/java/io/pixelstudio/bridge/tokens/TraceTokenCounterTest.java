package io.pixelstudio.bridge.tokens;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.PixelBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a small word-level tokenizer (test resources) whose splits are known: special tokens whole,
 * then words and punctuation runs, unknown words one {@code [UNK]} each.
 */
class TraceTokenCounterTest {

    private TraceTokenCounter counter;

    @BeforeEach
    void open() throws Exception {
        System.setProperty("ai.djl.offline", "true");
        counter = TraceTokenCounter.open(modelFolder(), PixelBounds.SFT, PixelBounds.VIDEO_FRAME_INPUT);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    static Path modelFolder() throws URISyntaxException {
        return Path.of(TraceTokenCounterTest.class.getResource("/io/pixelstudio/bridge/tokens/tokenizer.json").toURI())
                .getParent();
    }

    private static Trace trace(List<Turn> turns) {
        return new Trace("t", "test", "What is it?", List.of(), List.of("cat"), List.of(), turns, Review.none(),
                Extras.empty());
    }

    @Test
    void textAndImagesAreCountedAsTheChatTemplateAndTheResizeRuleMakeThem() {
        Trace trace = trace(List.of(
                new Turn(Role.USER, List.of(new Content.Image("cat.png", Extras.empty()),
                        new Content.Text("What is it?", Extras.empty())), Extras.empty()),
                Turn.text(Role.ASSISTANT, "A cat.")));

        TokenCount count = counter.count(trace, Map.of("cat.png", new ImageSize(280, 280))::get);

        // specials: 3 im_start + 3 im_end + vision_start/image_pad/vision_end = 9;
        // words: "system You are a helpful assistant ." 7, "user" 1, "What is it ?" 4, "assistant A cat ." 4
        assertThat(count.textTokens()).isEqualTo(25);
        // 280x280 stays 280x280 under the SFT bounds: 10 x 10 patches of 28 px; the pad itself is in the text
        assertThat(count.visualTokens()).isEqualTo(99);
        assertThat(count.images()).isEqualTo(1);
        assertThat(count.total()).isEqualTo(124);
        assertThat(count.fits(124)).isTrue();
        assertThat(count.fits(123)).isFalse();
    }

    @Test
    void aTraceWithItsOwnSystemTurnGetsNoDefaultOne() {
        Trace trace = trace(List.of(Turn.text(Role.SYSTEM, "You are a cat."), Turn.text(Role.USER, "What is it?")));

        TokenCount count = counter.count(trace, path -> {
            throw new AssertionError("no images");
        });

        // 2 im_start + 2 im_end; "system You are a cat ." 6; "user What is it ?" 5
        assertThat(count.textTokens()).isEqualTo(15);
        assertThat(count.visualTokens()).isZero();
    }

    @Test
    void aVideoCostsItsFramePairs() {
        List<String> frames = List.of("f1.png", "f2.png", "f3.png");
        Trace trace = trace(List.of(new Turn(Role.USER, List.of(new Content.Video(frames, Extras.empty())), Extras.empty())));

        TokenCount count = counter.count(trace, path -> new ImageSize(280, 280));

        // three frames are two temporal pairs of 10 x 10 patches (280x280 is within the frame bounds)
        assertThat(count.visualTokens()).isEqualTo(2 * 100 - 1);
        assertThat(count.images()).isZero();
    }

    @Test
    void unknownWordsAreOneTokenEach() {
        assertThat(counter.tokens("zebras graze quietly")).isEqualTo(3);
    }

    @Test
    void aFolderWithoutATokenizerIsAClearError(@TempDir Path empty) {
        assertThatThrownBy(() -> TraceTokenCounter.open(empty, PixelBounds.SFT, PixelBounds.VIDEO_FRAME_INPUT))
                .hasMessageContaining("no tokenizer.json");
    }
}
