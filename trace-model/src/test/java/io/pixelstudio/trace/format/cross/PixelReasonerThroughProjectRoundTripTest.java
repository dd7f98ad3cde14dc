package io.pixelstudio.trace.format.cross;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.project.SaveReport;
import io.pixelstudio.trace.format.project.StudioProject;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pixel Reasoner data saved as a studio project and written back must come out as it went in:
 * the project keeps the codec's reserved {@code pixelreasoner:layout} extras (key order, shape
 * hints) and every unknown field. The media of the golden files do not exist, so the project
 * writer must not fail: it keeps each path (made absolute against the dataset folder, as
 * docs/project-format.md says) and reports it. The only bytes that may differ from the golden are
 * therefore those relative media paths, which gain the dataset folder as prefix.
 */
class PixelReasonerThroughProjectRoundTripTest {

    /** A relative media path as it appears in the golden files: a JSON string starting with images/ or videos/. */
    private static final Pattern RELATIVE_MEDIA = Pattern.compile("(?<!\\\\)\"((?:images|videos)/[^\"]*)\"");

    private final TraceFormats formats = TraceFormats.discover();
    private final StudioProject project =
            new StudioProject(Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{1} through a studio project")
    @CsvSource({
            "pixelreasoner-sft, sft.json",
            "pixelreasoner-rl, rl.json",
            "pixelreasoner-rl, rl.jsonl"})
    void goldenThroughAProjectAndBackIsByteIdenticalApartFromTheDocumentedMediaPaths(String formatId, String golden)
            throws IOException {
        Path dataset = Files.createDirectories(tmp.resolve("dataset"));
        Path input = copyGolden(golden, dataset.resolve(golden));
        TraceFormat format = formats.require(formatId);
        ReadResult read = format.read(input, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();

        Path folder = tmp.resolve("project");
        SaveReport report = project.save(read.traces(), folder, dataset, ProgressListener.NONE);

        String goldenText = new String(goldenBytes(golden), StandardCharsets.UTF_8);
        assertThat(report.copiedMedia()).isZero();
        assertThat(report.missingMedia()).containsExactlyInAnyOrderElementsOf(mediaPaths(goldenText, format));
        assertThat(Files.readString(folder.resolve(StudioProject.TRACES))).contains("\"pixelreasoner:layout\"");

        ReadResult reopened = formats.require("studio-project").read(folder, ProgressListener.NONE);
        assertThat(reopened.findings()).isEmpty();
        assertSameExtras(reopened.traces(), read.traces());

        Path out = tmp.resolve("back").resolve(golden);
        format.write(reopened.traces(), out, dataset, ProgressListener.NONE);

        String expected = RELATIVE_MEDIA.matcher(goldenText)
                .replaceAll(m -> Matcher.quoteReplacement("\"" + dataset.toAbsolutePath().resolve(m.group(1)) + "\""));
        assertThat(Files.readString(out)).isEqualTo(expected);
        assertThat(expected).isNotEqualTo(goldenText);
    }

    /** Every distinct media path of the golden file that does not exist under the dataset folder. */
    private static List<String> mediaPaths(String goldenText, TraceFormat format) {
        Matcher matcher = RELATIVE_MEDIA.matcher(goldenText);
        Set<String> paths = new LinkedHashSet<>();
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        if (format.id().equals("pixelreasoner-sft")) {
            paths.add("/data/pixelreasoner/images/infovqa_0212.png");
        }
        return List.copyOf(paths);
    }

    private static void assertSameExtras(List<Trace> back, List<Trace> original) {
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            Trace o = original.get(i);
            Trace b = back.get(i);
            assertThat(b.id()).isEqualTo(o.id());
            assertThat(b.extras()).as("extras of trace %s", o.id()).isEqualTo(o.extras());
            assertThat(b.answers()).isEqualTo(o.answers());
            assertThat(b.turns()).hasSameSizeAs(o.turns());
            for (int t = 0; t < o.turns().size(); t++) {
                Turn ot = o.turns().get(t);
                Turn bt = b.turns().get(t);
                assertThat(bt.extras()).as("extras of trace %s turn %d", o.id(), t).isEqualTo(ot.extras());
                assertThat(bt.content()).hasSameSizeAs(ot.content());
                for (int c = 0; c < ot.content().size(); c++) {
                    assertThat(bt.content().get(c).extras()).as("extras of trace %s turn %d item %d", o.id(), t, c)
                            .isEqualTo(ot.content().get(c).extras());
                }
            }
        }
    }

    private static Path copyGolden(String name, Path target) throws IOException {
        Files.write(target, goldenBytes(name));
        return target;
    }

    static byte[] goldenBytes(String name) throws IOException {
        try (InputStream in = PixelReasonerThroughProjectRoundTripTest.class
                .getResourceAsStream("/golden/pixelreasoner/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return in.readAllBytes();
        }
    }
}
