package io.pixelstudio.trace.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.MediaLocator;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthesizes every item of {@code sample-items.jsonl} (images and videos of the bundled sample)
 * in both modes into a temporary output folder and checks the traces as any data file would be
 * checked: validation, SFT round trip, replay of every call, and the wrong region's real cut.
 */
class TraceSynthesizerTest {

    static final Path SAMPLE = Path.of("..", "assets", "sample").toAbsolutePath().normalize();
    private static final ImageLoader IMAGES = new ImageLoader();

    @TempDir
    static Path out;
    private static List<SynthesisResult> results;
    private static List<AnnotatedItem> items;

    @BeforeAll
    static void synthesizeTheSampleItems() throws Exception {
        Path jsonl = Path.of(TraceSynthesizerTest.class.getResource("sample-items.jsonl").toURI());
        ItemReadResult read = new AnnotatedItemReader().read(jsonl, SAMPLE);
        assertThat(read.problems()).isEmpty();
        items = read.items();
        TraceSynthesizer synthesizer = new TraceSynthesizer(TraceTemplates.defaults(), ReplaySettings.TRAINING, out);
        results = new ArrayList<>();
        for (AnnotatedItem item : items) {
            for (SynthesisMode mode : SynthesisMode.values()) {
                results.add(synthesizer.synthesize(item, mode, 7, false));
            }
        }
    }

    private static List<Trace> traces() {
        return results.stream().flatMap(r -> r.trace().stream()).toList();
    }

    @Test
    void everyItemGivesBothTracesWithoutErrors() {
        assertThat(items).hasSize(6);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.failed()).as(r.item().id() + " " + r.findings()).isFalse();
            assertThat(r.produced()).as(r.item().id()).contains(r.requested());
        });
        assertThat(traces()).hasSize(12).extracting(Trace::id).doesNotHaveDuplicates()
                .contains("street-hours-single-pass", "street-hours-self-correction", "traffic-green-self-correction");
    }

    @Test
    void everyTraceValidatesAgainstTheOutputFolderWithNoFindings() {
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData()
                .withModelInput(size -> SmartResize.fit(size, ReplaySettings.TRAINING.inputBounds())));
        MediaLocator locator = new MediaResolver(out)::resolve;
        List<Finding> findings = new ArrayList<>();
        traces().forEach(t -> findings.addAll(validator.validate(t, Location.ofFile(out.resolve("x.json")), locator)));
        assertThat(findings).isEmpty();
    }

    @Test
    void tracesRoundTripByteExactThroughTheSftFormat() throws IOException {
        PixelReasonerSftFormat format = new PixelReasonerSftFormat();
        Path first = out.resolve("first.json");
        Path second = out.resolve("second.json");
        format.write(traces(), first, out, ProgressListener.NONE);
        ReadResult read = format.read(first, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();
        assertThat(read.traces()).extracting(Trace::turns).containsExactlyElementsOf(traces().stream().map(Trace::turns).toList());
        format.write(read.traces(), second, out, ProgressListener.NONE);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void replayingEveryCallReproducesTheWrittenObservations() {
        TraceReplay replay = new TraceReplay(ReplaySettings.TRAINING, TraceSynthesizerTest::load);
        int compared = 0;
        for (Trace trace : traces()) {
            for (ReplayStep step : replay.replay(trace).steps()) {
                Turn observation = trace.turns().get(step.turnIndex() + 1);
                OperationResult result = step.result().orElseThrow();
                assertThat(result).as(trace.id()).isInstanceOf(OperationResult.Success.class);
                assertThat(observation.text()).isEqualTo(result.observationText());
                List<BufferedImage> images = ((OperationResult.Success) result).images();
                assertThat(observation.imagePaths()).hasSameSizeAs(images);
                for (int i = 0; i < images.size(); i++) {
                    BufferedImage written = load(observation.imagePaths().get(i));
                    assertThat(written.getWidth()).isEqualTo(images.get(i).getWidth());
                    assertThat(written.getHeight()).isEqualTo(images.get(i).getHeight());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void selfCorrectionsFirstCutMissesTheEvidenceAndTheSecondCoversIt() {
        TraceReplay replay = new TraceReplay(ReplaySettings.TRAINING, TraceSynthesizerTest::load);
        List<Trace> corrections = traces().stream().filter(t -> t.id().endsWith("-self-correction") && !t.isVideo()).toList();
        assertThat(corrections).hasSize(4);
        for (Trace trace : corrections) {
            Box evidence = ((Evidence.Region) trace.evidence().get(0)).box();
            List<ReplayStep> steps = replay.replay(trace).steps();
            assertThat(steps).hasSize(2);
            Box wrongCut = steps.get(0).boxes().orElseThrow().cutOriginalPixels();
            Box rightCut = steps.get(1).boxes().orElseThrow().cutOriginalPixels();
            assertThat(WrongRegionChooser.disjoint(wrongCut, evidence)).as(trace.id() + " " + wrongCut).isTrue();
            assertThat(rightCut.x1()).isLessThanOrEqualTo(evidence.x1());
            assertThat(rightCut.y1()).isLessThanOrEqualTo(evidence.y1());
            assertThat(rightCut.x2()).isGreaterThanOrEqualTo(evidence.x2());
            assertThat(rightCut.y2()).isGreaterThanOrEqualTo(evidence.y2());
        }
    }

    @Test
    void videoSelfCorrectionPicksFramesAwayFromTheEvidenceThenFramesAroundIt() {
        SynthesisResult green = results.stream()
                .filter(r -> r.item().id().equals("traffic-green") && r.requested() == SynthesisMode.SELF_CORRECTION)
                .findFirst().orElseThrow();
        assertThat(green.frames()).containsExactly(8, 9, 10, 11);
        assertThat(green.wrongFrames()).isNotEmpty().doesNotContain(8, 9, 10, 11);
        Trace trace = green.trace().orElseThrow();
        assertThat(trace.turns()).extracting(Turn::role).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT,
                Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(trace.turns().get(4).text()).contains("\"target_frames\": [8, 9, 10, 11]");
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedUsuallyAnother() {
        TraceSynthesizer synthesizer = new TraceSynthesizer(TraceTemplates.defaults(), ReplaySettings.TRAINING, out);
        AnnotatedItem street = items.get(0);
        Trace again = synthesizer.synthesize(street, SynthesisMode.SELF_CORRECTION, 7, false).trace().orElseThrow();
        Trace before = traces().stream().filter(t -> t.id().equals("street-hours-self-correction")).findFirst().orElseThrow();
        assertThat(again).isEqualTo(before);
        long distinct = java.util.stream.LongStream.range(0, 8)
                .mapToObj(seed -> synthesizer.synthesize(street, SynthesisMode.SELF_CORRECTION, seed, false))
                .map(r -> r.trace().orElseThrow().turns().get(2).text()).distinct().count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void evidenceCoveringTheImageFallsBackToSinglePassOrIsSkipped() {
        TraceSynthesizer synthesizer = new TraceSynthesizer(TraceTemplates.defaults(), ReplaySettings.TRAINING, out);
        AnnotatedItem big = AnnotatedItem.image("big", Location.ofFile(out.resolve("items.jsonl")).atLine(1),
                new AnnotatedMedia.Image(SAMPLE.resolve("media/chart.jpg")), Box.normalized(0.1, 0.1, 0.9, 0.9),
                "What is the title?", "Monthly active users", List.of());
        SynthesisResult fallback = synthesizer.synthesize(big, SynthesisMode.SELF_CORRECTION, 1, true);
        assertThat(fallback.fellBack()).isTrue();
        assertThat(fallback.trace()).get().extracting(Trace::id).isEqualTo("big-single-pass");
        assertThat(fallback.findings()).extracting(Finding::rule).contains(SynthesisRules.NO_ROOM_FOR_WRONG_REGION.id());
        SynthesisResult skipped = synthesizer.synthesize(big, SynthesisMode.SELF_CORRECTION, 1, false);
        assertThat(skipped.trace()).isEmpty();
        assertThat(skipped.failed()).isFalse();
    }

    @Test
    void anEvidenceBoxOutsideTheImageIsALocatedMediaFinding() {
        TraceSynthesizer synthesizer = new TraceSynthesizer(TraceTemplates.defaults(), ReplaySettings.TRAINING, out);
        AnnotatedItem outside = AnnotatedItem.image("outside", Location.ofFile(out.resolve("items.jsonl")).atLine(3),
                new AnnotatedMedia.Image(SAMPLE.resolve("media/chart.jpg")),
                new Box(1700, 1100, 1900, 1250, BoxConvention.ORIGINAL_PIXELS), "q", "a", List.of());
        SynthesisResult result = synthesizer.synthesize(outside, SynthesisMode.SINGLE_PASS, 1, false);
        assertThat(result.failed()).isTrue();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SynthesisRules.MEDIA_INVALID.id());
            assertThat(f.location().line()).hasValue(3);
            assertThat(f.message()).contains("1800x1200");
        });
    }

    static BufferedImage load(String path) {
        try {
            return IMAGES.load(new MediaResolver(out).resolve(path));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + path, e);
        }
    }
}
