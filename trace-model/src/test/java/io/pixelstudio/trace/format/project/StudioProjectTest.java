package io.pixelstudio.trace.format.project;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioProjectTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/project");
    private static final Instant SAVED_AT = Instant.parse("2025-03-04T05:06:07Z");

    private final Clock clock = Clock.fixed(SAVED_AT, ZoneOffset.UTC);
    private final StudioProject project = new StudioProject(clock);

    @TempDir
    Path tmp;

    @Test
    void goldenProjectReadThenWrittenGivesIdenticalBytes() throws IOException {
        ProjectContents read = project.read(GOLDEN, ProgressListener.NONE);
        assertThat(read.result().findings()).isEmpty();
        assertThat(read.result().traces()).extracting(Trace::id)
                .containsExactly("vstar-0001", "mvbench-0042", "vstar-0107");

        Path out = tmp.resolve("copy");
        SaveReport report = project.save(read.manifest(), read.result().traces(), List.of(), out, GOLDEN,
                ProgressListener.NONE);

        assertThat(Files.readAllBytes(out.resolve("traces.jsonl")))
                .isEqualTo(Files.readAllBytes(GOLDEN.resolve("traces.jsonl")));
        assertThat(Files.readAllBytes(out.resolve("project.json")))
                .isEqualTo(Files.readAllBytes(GOLDEN.resolve("project.json")));
        assertThat(report.copiedMedia()).isEqualTo(7);
        assertThat(report.missingMedia()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve("media/crops/vstar-0001-crop1.png")))
                .isEqualTo(Files.readAllBytes(GOLDEN.resolve("media/crops/vstar-0001-crop1.png")));
    }

    @Test
    void goldenManifestFieldsAreRead() throws IOException {
        ProjectManifest manifest = project.read(GOLDEN.resolve("project.json"), ProgressListener.NONE).manifest();
        assertThat(manifest.name()).isEqualTo("Golden project");
        assertThat(manifest.created()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(manifest.pixelBounds()).contains(new PixelBounds(3136, 1568000));
        assertThat(manifest.mediaFolder()).isEqualTo("media");
        assertThat(manifest.extras().names()).containsExactly("comment");
    }

    @Test
    void everyTraceFieldSurvivesASaveAndReopen() throws IOException {
        Path base = tmp.resolve("dataset");
        for (String file : List.of("imgs/a.png", "clips/v1.mp4", "clips/v1/f1.jpg", "clips/v1/f2.jpg")) {
            Files.createDirectories(base.resolve(file).getParent());
            Files.writeString(base.resolve(file), "bytes of " + file);
        }
        Trace trace = SampleTraces.everyField();
        Path folder = tmp.resolve("proj");
        project.save(List.of(trace), folder, base, ProgressListener.NONE);

        ProjectContents reopened = project.read(folder, ProgressListener.NONE);

        Trace back = reopened.result().traces().get(0);
        Trace expected = new Trace(trace.id(), trace.source(), trace.question(),
                List.of(new Media.Image("media/imgs/a.png"), new Media.Video("media/clips/v1.mp4",
                        List.of("media/clips/v1/f1.jpg", "media/clips/v1/f2.jpg"),
                        ((Media.Video) trace.media().get(1)).fps(), 300, List.of(0, 299))),
                trace.answers(), trace.evidence(),
                List.of(trace.turns().get(0),
                        trace.turns().get(1).withContent(List.of(trace.turns().get(1).content().get(0),
                                new Content.Image("media/imgs/a.png", trace.turns().get(1).content().get(1).extras()),
                                new Content.Video(List.of("media/clips/v1/f1.jpg", "media/clips/v1/f2.jpg")))),
                        trace.turns().get(2)),
                trace.review(), trace.extras());
        assertThat(back).isEqualTo(expected);
        assertThat(reopened.manifest().name()).isEqualTo("proj");
        assertThat(reopened.manifest().created()).isEqualTo(SAVED_AT);
        assertThat(Files.readString(folder.resolve("media/clips/v1.mp4"))).isEqualTo("bytes of clips/v1.mp4");
    }

    @Test
    void differentFileOfTheSameNameIsNeverOverwritten() throws IOException {
        Path base1 = Files.createDirectories(tmp.resolve("one"));
        Path base2 = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(base1.resolve("cat.png"), "first cat");
        Files.writeString(base2.resolve("cat.png"), "second cat");
        Path folder = tmp.resolve("proj");
        project.save(List.of(imageTrace("a", base1.resolve("cat.png").toString())), folder, base1,
                ProgressListener.NONE);

        project.save(List.of(imageTrace("a", "media/cat.png"), imageTrace("b", base2.resolve("cat.png").toString()),
                imageTrace("c", base1.resolve("cat.png").toString())), folder, folder, ProgressListener.NONE);

        List<Trace> traces = project.read(folder, ProgressListener.NONE).result().traces();
        assertThat(traces).extracting(t -> ((Media.Image) t.media().get(0)).path())
                .containsExactly("media/cat.png", "media/cat-2.png", "media/cat.png");
        assertThat(Files.readString(folder.resolve("media/cat.png"))).isEqualTo("first cat");
        assertThat(Files.readString(folder.resolve("media/cat-2.png"))).isEqualTo("second cat");
    }

    @Test
    void mediaPathEscapingTheDatasetFolderIsRefusedWithTraceAndFieldAndNothingIsCopied() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("dataset"));
        Files.writeString(base.resolve("ok.png"), "inside");
        Files.writeString(tmp.resolve("secret.txt"), "outside the dataset");
        Path folder = tmp.resolve("proj");
        Trace escaping = new Trace("bad", "t", "q", List.of(new Media.Image("ok.png")), List.of(), List.of(),
                List.of(new Turn(Role.USER, List.of(new Content.Text("q"), new Content.Image("ok.png"))),
                        new Turn(Role.ASSISTANT, List.of(new Content.Image("sub/../../secret.txt")))),
                io.pixelstudio.trace.Review.none(), io.pixelstudio.trace.Extras.empty());

        assertThatThrownBy(() -> project.save(List.of(imageTrace("good", "ok.png"), escaping), folder, base,
                ProgressListener.NONE))
                .isInstanceOfSatisfying(MediaImportException.class, e -> {
                    assertThat(e.traceId()).isEqualTo("bad");
                    assertThat(e.field()).isEqualTo("turns[1].content[0].path");
                })
                .hasMessageContaining("trace bad, turns[1].content[0].path")
                .hasMessageContaining("'sub/../../secret.txt' escapes the dataset folder " + base.toAbsolutePath());
        assertThat(folder.resolve("media")).doesNotExist();
        assertThat(folder.resolve("traces.jsonl")).doesNotExist();
        assertThat(folder.resolve("project.json")).doesNotExist();
    }

    @Test
    void mediaPathEscapingThroughASymbolicLinkIsRefused() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("dataset"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("x.png"), "outside");
        try {
            Files.createSymbolicLink(base.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here: " + e);
        }
        assertThatThrownBy(() -> project.save(List.of(imageTrace("a", "link/x.png")), tmp.resolve("proj"), base,
                ProgressListener.NONE))
                .isInstanceOf(MediaImportException.class)
                .hasMessageContaining("trace a, media[0].path")
                .hasMessageContaining("symbolic link");
    }

    @Test
    void missingMediaIsReportedAndKeptAsAbsolutePath() throws IOException {
        Path base = Files.createDirectories(tmp.resolve("dump"));
        Path folder = tmp.resolve("proj");
        SaveReport report = project.save(List.of(imageTrace("a", "iter1.jpg")), folder, base, ProgressListener.NONE);
        assertThat(report.missingMedia()).containsExactly("iter1.jpg");
        Trace back = project.read(folder, ProgressListener.NONE).result().traces().get(0);
        assertThat(((Media.Image) back.media().get(0)).path()).isEqualTo(base.resolve("iter1.jpg").toString());
    }

    @Test
    void projectOfVersionTwoIsRefusedNamingFileAndVersions() throws IOException {
        Path folder = copyGolden();
        Path manifest = folder.resolve("project.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\": 1", "\"version\": 2"));
        assertThatThrownBy(() -> project.read(folder, ProgressListener.NONE))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining(manifest.toString())
                .hasMessageContaining("project version 2")
                .hasMessageContaining("newer studio")
                .hasMessageContaining("reads project version 1");
    }

    @Test
    void projectWithoutVersionIsRefused() throws IOException {
        Path folder = copyGolden();
        Path manifest = folder.resolve("project.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\": 1,", ""));
        assertThatThrownBy(() -> project.read(folder, ProgressListener.NONE))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining(manifest.toString())
                .hasMessageContaining("no \"version\"");
    }

    @Test
    void invertedPixelBoundsAreRefusedNamingFileAndField() throws IOException {
        Path folder = copyGolden();
        Path manifest = folder.resolve("project.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"minPixels\": 3136", "\"minPixels\": 9999999"));
        assertThatThrownBy(() -> project.read(folder, ProgressListener.NONE))
                .isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining(manifest.toString())
                .hasMessageContaining("pixelBounds")
                .hasMessageContaining("9999999");
    }

    @Test
    void malformedLineIsReportedWithItsLineNumberAndOtherTracesLoad() throws IOException {
        Path folder = copyGolden();
        Path traces = folder.resolve("traces.jsonl");
        List<String> lines = Files.readAllLines(traces, StandardCharsets.UTF_8);
        String broken = lines.get(1).substring(0, 80);
        Files.write(traces, List.of(lines.get(0), broken, lines.get(2)), StandardCharsets.UTF_8);

        ProjectContents read = project.read(folder, ProgressListener.NONE);

        assertThat(read.result().traces()).extracting(Trace::id).containsExactly("vstar-0001", "vstar-0107");
        assertThat(read.result().findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo(StudioProject.RULE_MALFORMED_JSON);
            assertThat(f.location().file()).isEqualTo(traces.toAbsolutePath().normalize());
            assertThat(f.location().line()).hasValue(2);
        });
        assertThat(read.unreadable()).containsExactly(new UnreadableLine(2, broken));
    }

    @Test
    void invalidRecordIsReportedWithLineTraceAndField() throws IOException {
        Path folder = copyGolden();
        Path traces = folder.resolve("traces.jsonl");
        List<String> lines = Files.readAllLines(traces, StandardCharsets.UTF_8);
        Files.write(traces, List.of(lines.get(0), lines.get(1), lines.get(2).replace("\"needs_fix\"", "\"maybe\"")),
                StandardCharsets.UTF_8);

        List<Finding> findings = project.read(folder, ProgressListener.NONE).result().findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(StudioProject.RULE_INVALID_RECORD);
            assertThat(f.location().line()).hasValue(3);
            assertThat(f.location().traceId()).contains("vstar-0107");
            assertThat(f.location().field()).contains("review.status");
            assertThat(f.message()).contains("'maybe'");
        });
    }

    @Test
    void unreadableLinesAreWrittenBackOnSave() throws IOException {
        Path folder = copyGolden();
        Path traces = folder.resolve("traces.jsonl");
        Files.writeString(traces, "{not json\n" + Files.readString(traces));
        ProjectContents read = project.read(folder, ProgressListener.NONE);

        project.save(read.manifest(), read.result().traces(), read.unreadable(), folder, folder, ProgressListener.NONE);

        List<String> saved = Files.readAllLines(traces);
        assertThat(saved).hasSize(4).endsWith("{not json");
        assertThat(Files.readString(AtomicFiles.backupOf(traces))).startsWith("{not json\n");
    }

    @Test
    void duplicateIdsAreFlaggedAndBothLoad() throws IOException {
        Path folder = copyGolden();
        Path traces = folder.resolve("traces.jsonl");
        List<String> lines = Files.readAllLines(traces, StandardCharsets.UTF_8);
        Files.write(traces, List.of(lines.get(0), lines.get(0)), StandardCharsets.UTF_8);
        ProjectContents read = project.read(folder, ProgressListener.NONE);
        assertThat(read.result().traces()).hasSize(2);
        assertThat(read.result().findings()).extracting(Finding::rule).containsExactly(StudioProject.RULE_DUPLICATE_ID);
    }

    @Test
    void formatIsDiscoveredAndRecognisesFolderAndManifestOnly() throws IOException {
        TraceFormat format = TraceFormats.discover().require(StudioProjectFormat.ID);
        assertThat(format.canRead(GOLDEN)).isTrue();
        assertThat(format.canRead(GOLDEN.resolve("project.json"))).isTrue();
        assertThat(format.canRead(GOLDEN.resolve("traces.jsonl"))).isFalse();
        assertThat(format.canRead(tmp)).isFalse();
        assertThat(format.read(GOLDEN, ProgressListener.NONE).traces()).hasSize(3);
    }

    @Test
    void formatWriteKeepsTheExistingManifestAndStampsModified() throws IOException {
        Path folder = copyGolden();
        new StudioProjectFormat(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .write(List.of(imageTrace("x", "media/vstar/sa_4690.png")), folder.resolve("project.json"), null,
                        ProgressListener.NONE);
        ProjectManifest manifest = project.read(folder, ProgressListener.NONE).manifest();
        assertThat(manifest.name()).isEqualTo("Golden project");
        assertThat(manifest.modified()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Files.readAllBytes(AtomicFiles.backupOf(folder.resolve("project.json"))))
                .isEqualTo(Files.readAllBytes(GOLDEN.resolve("project.json")));
    }

    private Path copyGolden() throws IOException {
        Path folder = tmp.resolve("golden-copy");
        project.save(project.read(GOLDEN, ProgressListener.NONE).manifest(),
                project.read(GOLDEN, ProgressListener.NONE).result().traces(), List.of(), folder, GOLDEN,
                ProgressListener.NONE);
        return folder;
    }

    private static Trace imageTrace(String id, String path) {
        return new Trace(id, "t", "q", List.of(new Media.Image(path)), List.of(), List.of(),
                List.of(new Turn(Role.USER, List.of(new Content.Text("q"), new Content.Image(path)))),
                io.pixelstudio.trace.Review.none(), io.pixelstudio.trace.Extras.empty());
    }
}
