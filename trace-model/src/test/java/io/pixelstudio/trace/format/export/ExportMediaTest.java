package io.pixelstudio.trace.format.export;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.pixelstudio.trace.format.export.ExportOptions.MediaPathMode.ABSOLUTE;
import static io.pixelstudio.trace.format.export.ExportOptions.MediaPathMode.AS_WRITTEN;
import static io.pixelstudio.trace.format.export.ExportOptions.VideoMode.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExportMediaTest {

    @TempDir
    Path tmp;

    private static Trace withTurnContent(String id, Content... content) {
        return new Trace(id, "t", "q", List.of(), List.of(), List.of(),
                List.of(new Turn(Role.USER, List.of(new Content.Text("look"))),
                        new Turn(Role.USER, List.of(content))),
                Review.none(), Extras.empty());
    }

    @Test
    void relativePathEscapingTheMediaBaseIsRefusedWithTraceAndField() {
        Trace trace = withTurnContent("esc-1", new Content.Text("a"), new Content.Image("../../etc/passwd"));
        ExportMedia media = new ExportMedia(ABSOLUTE, tmp.resolve("data"));

        assertThatThrownBy(() -> media.apply(trace))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("trace esc-1, turns[1].content[1].path")
                .hasMessageContaining("escapes the dataset folder")
                .satisfies(e -> {
                    ExportException export = (ExportException) e;
                    assertThat(export.traceId()).isEqualTo("esc-1");
                    assertThat(export.field()).contains("turns[1].content[1].path");
                });
    }

    @Test
    void escapingVideoFrameIsNamedByItsIndex() {
        Trace trace = withTurnContent("esc-2", new Content.Video(List.of("v/0.png", "v/../../x.png")));

        assertThatThrownBy(() -> new ExportMedia(ABSOLUTE, tmp).apply(trace))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).field()).contains("turns[1].content[0].frames[1]"));
    }

    @Test
    void escapeThroughASymbolicLinkIsRefused() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("data"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        try {
            Files.createSymbolicLink(base.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        Trace trace = withTurnContent("esc-3", new Content.Image("link/secret.png"));

        assertThatThrownBy(() -> new ExportMedia(ABSOLUTE, base).apply(trace))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("symbolic link")
                .satisfies(e -> assertThat(((ExportException) e).field()).contains("turns[1].content[0].path"));
    }

    @Test
    void insideAbsoluteUrlEmptyPathsAreResolvedOrKept() throws ExportException {
        Path base = tmp.resolve("data");
        Trace trace = withTurnContent("ok-1", new Content.Image("img/../a.png"), new Content.Image("/srv/x/../b.png"),
                new Content.Image("https://example.org/c.png"), new Content.Image(""));

        List<Content> out = new ExportMedia(ABSOLUTE, base).apply(trace).turns().get(1).content();

        assertThat(out).extracting(c -> ((Content.Image) c).path()).containsExactly(
                base.toAbsolutePath().resolve("a.png").toString(), Path.of("/srv/b.png").toString(),
                "https://example.org/c.png", "");
    }

    @Test
    void asWrittenModeKeepsEvenEscapingPathsForTheTrainerToResolve() throws ExportException {
        Trace trace = withTurnContent("w-1", new Content.Image("../up.png"));
        assertThat(new ExportMedia(AS_WRITTEN, null).apply(trace)).isSameAs(trace);
    }

    @Test
    void bothExportFormatsRefuseAndWriteNothing() {
        Trace good = withTurnContent("ok-2", new Content.Image("a.png"));
        Trace bad = new Trace("esc-4", "t", "q", List.of(new Media.Image("../x.png")), List.of(), List.of(),
                List.of(new Turn(Role.USER, List.of(new Content.Image("../x.png")))), Review.none(), Extras.empty());
        for (TraceFormat format : List.<TraceFormat>of(new ShareGptExportFormat(), new OpenAiMessagesExportFormat())) {
            Path out = tmp.resolve(format.id() + ".json");
            assertThatThrownBy(() -> format.write(List.of(good, bad), out, tmp.resolve("data"), ProgressListener.NONE))
                    .as(format.id())
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("trace esc-4, media[0].path");
            assertThat(out).doesNotExist();
        }
    }
}
