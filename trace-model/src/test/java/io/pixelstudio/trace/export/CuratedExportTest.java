package io.pixelstudio.trace.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.project.StudioProject;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CuratedExportTest {

    static final Path PROJECT = Path.of("src/test/resources/golden/project");
    static final Path GOLDEN = Path.of("src/test/resources/golden/curated");
    private static final List<String> MEDIA = List.of("media/crops/vstar-0001-crop1.png",
            "media/mvbench/clip42/frame_01.png", "media/mvbench/clip42/frame_02.png",
            "media/mvbench/clip42/frame_03.png", "media/mvbench/clip42/frame_04.png",
            "media/vstar/sa_4690.png", "media/vstar/sa_9001.png");

    @TempDir
    Path tmp;

    private final CuratedExport export = new CuratedExport(TraceFormats.discover());

    static List<Trace> goldenTraces() throws IOException {
        return new StudioProject(Clock.systemUTC()).read(PROJECT, ProgressListener.NONE).result().traces();
    }

    private ExportRequest request(List<Trace> traces, Path out, boolean overwrite, ExportTarget... targets) {
        return new ExportRequest(traces, "all", traces.size(), List.of(targets), out, PROJECT, overwrite);
    }

    @Test
    void eachFormatMatchesItsGoldenFileAndTheMediaAreCopiedBesideIt() throws IOException {
        Path out = tmp.resolve("export");
        ExportSummary summary = export.run(request(goldenTraces(), out, false, ExportTarget.values()), ProgressListener.NONE);
        for (ExportTarget target : ExportTarget.values()) {
            assertThat(Files.readAllBytes(out.resolve(target.fileName()))).as(target.id())
                    .isEqualTo(Files.readAllBytes(GOLDEN.resolve(target.fileName())));
        }
        assertThat(files(out)).containsExactlyElementsOf(Stream.concat(Stream.of("export-summary.json",
                "openai-messages.jsonl", "pixelreasoner-sft.json", "sharegpt.json"), MEDIA.stream()).sorted().toList());
        for (String media : MEDIA) {
            assertThat(Files.mismatch(out.resolve(media), PROJECT.resolve(media))).as(media).isEqualTo(-1L);
        }
        assertThat(summary.written()).isEqualTo(3);
        assertThat(summary.mediaCopied()).isEqualTo(MEDIA.size());
        assertThat(summary.files()).extracting(ExportSummary.FormatFile::traces).containsOnly(3);
        JsonNode json = new ObjectMapper().readTree(out.resolve("export-summary.json").toFile());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("files")).hasSize(3);
        assertThat(json.get("media").get("copied").asInt()).isEqualTo(7);
    }

    @Test
    void aTraceWithMissingMediaIsSkippedWithTheFieldAndTheOthersAreWritten() throws IOException {
        List<Trace> traces = new ArrayList<>(goldenTraces());
        Trace first = traces.get(0);
        List<Turn> turns = new ArrayList<>(first.turns());
        turns.set(3, turns.get(3).withContent(List.of(new Content.Image("media/crops/gone.png", Extras.empty()))));
        traces.set(0, first.withTurns(turns));
        Path out = tmp.resolve("export");
        ExportSummary summary = export.run(request(traces, out, false, ExportTarget.SHAREGPT), ProgressListener.NONE);
        assertThat(summary.written()).isEqualTo(2);
        assertThat(summary.skipped()).singleElement().satisfies(s -> {
            assertThat(s.traceId()).isEqualTo("vstar-0001");
            assertThat(s.reason()).contains("turns[3].content[0].path").contains("media/crops/gone.png");
        });
        assertThat(new ObjectMapper().readTree(out.resolve("sharegpt.json").toFile())).hasSize(2);
        assertThat(out.resolve("media/crops/vstar-0001-crop1.png")).doesNotExist();
        assertThat(summary.lines()).anyMatch(l -> l.startsWith("  skipped vstar-0001: "));
    }

    @Test
    void aTraceTheFormatRefusesIsLeftOutOfEveryFormat() throws IOException {
        List<Trace> traces = new ArrayList<>(goldenTraces());
        traces.set(1, traces.get(1).withTurns(List.of()));
        Path out = tmp.resolve("export");
        ExportSummary summary = export.run(request(traces, out, false, ExportTarget.PIXELREASONER_SFT,
                ExportTarget.SHAREGPT), ProgressListener.NONE);
        assertThat(summary.skipped()).extracting(ExportSummary.Skipped::traceId).containsExactly("mvbench-0042");
        assertThat(summary.files()).extracting(ExportSummary.FormatFile::traces).containsExactly(2, 2);
        assertThat(new ObjectMapper().readTree(out.resolve("pixelreasoner-sft.json").toFile())).hasSize(2);
    }

    @Test
    void existingOutputsAreNotReplacedUnlessAsked() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("export"));
        Files.writeString(out.resolve("sharegpt.json"), "mine");
        assertThatThrownBy(() -> export.run(request(goldenTraces(), out, false, ExportTarget.SHAREGPT), ProgressListener.NONE))
                .isInstanceOfSatisfying(ExportConflictException.class,
                        e -> assertThat(e.existing()).containsExactly(out.toAbsolutePath().resolve("sharegpt.json")));
        assertThat(Files.readString(out.resolve("sharegpt.json"))).isEqualTo("mine");
        assertThat(out.resolve("media")).doesNotExist();
        ExportSummary again = export.run(request(goldenTraces(), out, true, ExportTarget.SHAREGPT), ProgressListener.NONE);
        assertThat(Files.readAllBytes(out.resolve("sharegpt.json"))).isEqualTo(Files.readAllBytes(GOLDEN.resolve("sharegpt.json")));
        ExportSummary third = export.run(request(goldenTraces(), out, true, ExportTarget.SHAREGPT), ProgressListener.NONE);
        assertThat(again.mediaCopied()).isEqualTo(7);
        assertThat(third.mediaCopied()).isZero();
        assertThat(third.mediaKept()).isEqualTo(7);
    }

    @Test
    void nothingIsWrittenWhenNoTraceIsLeft() throws IOException {
        Path out = tmp.resolve("export");
        ExportSummary summary = export.run(request(List.of(), out, false, ExportTarget.SHAREGPT), ProgressListener.NONE);
        assertThat(summary.written()).isZero();
        assertThat(out).doesNotExist();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
