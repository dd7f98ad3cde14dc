package io.pixelstudio.trace.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;
import io.pixelstudio.trace.format.pixelreasoner.ReferenceSystemPrompt;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ResultTurnTexts;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.testing.PixelDifference;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.MediaLocator;
import io.pixelstudio.trace.validate.Rule;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed sample project ({@code assets/sample}) honest: it loads cleanly, validation
 * finds only the deliberate mistake, every observation image is what the reference would have
 * returned for its call (replayed here with {@link TraceReplay}), and the project folder holds the
 * same traces.
 */
class SampleProjectTest {

    private static final Path SAMPLE = Path.of("..", "assets", "sample");
    private static final Path SFT = SAMPLE.resolve(SampleTraceGenerator.SFT_FILE);
    private static final Path PROJECT = SAMPLE.resolve(SampleTraceGenerator.PROJECT_FOLDER);

    private static final TraceFormats FORMATS = TraceFormats.discover();
    private static final ImageLoader IMAGES = new ImageLoader();
    private static final MediaResolver RESOLVER = new MediaResolver(SAMPLE);
    private static List<Trace> traces;

    @BeforeAll
    static void readSample() throws IOException {
        TraceFormat format = FORMATS.detect(SFT).orElseThrow();
        assertThat(format.id()).isEqualTo(PixelReasonerSftFormat.ID);
        ReadResult result = format.read(SFT, ProgressListener.NONE);
        assertThat(result.findings()).isEmpty();
        traces = result.traces();
    }

    @Test
    void sampleHoldsAboutADozenTracesWithUniqueIdsAndBoxedAnswers() {
        assertThat(traces).hasSizeBetween(10, 16);
        assertThat(traces).extracting(Trace::id).doesNotHaveDuplicates().contains(ShelfTraces.INVALID_CALL_ID);
        for (Trace trace : traces) {
            Turn last = trace.turns().get(trace.turns().size() - 1);
            assertThat(last.role()).as(trace.id()).isEqualTo(Role.ASSISTANT);
            assertThat(last.text()).as(trace.id()).contains("\\boxed{");
            assertThat(trace.answers()).as(trace.id()).hasSize(1);
        }
        assertThat(traces).filteredOn(Trace::isVideo).hasSize(2);
    }

    @Test
    void everyTraceStartsWithTheReferenceSystemPromptAndTheVcotQuestionTextThenVisual() {
        for (Trace trace : traces) {
            Turn system = trace.turns().get(0);
            assertThat(system.role()).isEqualTo(Role.SYSTEM);
            assertThat(system.content()).extracting(c -> ((Content.Text) c).text()).isEqualTo(ReferenceSystemPrompt.ITEMS);
            Turn user = trace.turns().get(1);
            assertThat(user.content()).as(trace.id()).hasSize(2);
            assertThat(user.content().get(0)).isInstanceOf(Content.Text.class);
            assertThat(user.text()).as(trace.id()).isEqualTo(trace.question() + PromptSuffix.VCOT.appended());
            assertThat(user.content().get(1)).isInstanceOfAny(Content.Image.class, Content.Video.class);
        }
    }

    @Test
    void validationReportsOnlyTheDeliberateOutOfRangeTargetImage() {
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData()
                .withModelInput(size -> SmartResize.fit(size, PixelBounds.TRAINING_INPUT)));
        MediaLocator locator = MediaLocator.forDataFile(SFT);
        List<Finding> findings = new ArrayList<>();
        traces.forEach(t -> findings.addAll(validator.validate(t, Location.ofFile(SFT), locator)));

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.IMAGE_INDEX_OUT_OF_RANGE.id());
            assertThat(f.location().traceId()).contains(ShelfTraces.INVALID_CALL_ID);
            assertThat(f.location().turn()).hasValue(2);
        });
        assertThat(findings).as("no warnings either").hasSize(1);
    }

    @Test
    void everyObservationImageExistsWithTheSizeItsTextStates() throws Exception {
        int checked = 0;
        for (Trace trace : traces) {
            for (Turn turn : trace.turns().subList(2, trace.turns().size())) {
                if (turn.role() != Role.USER) {
                    continue;
                }
                ResultTurnTexts.Observation observation = ResultTurnTexts.recognise(turn.text()).orElseThrow();
                assertThat(observation.exact()).as(trace.id() + ": " + turn.text()).isTrue();
                if (observation.kind() == ResultTurnTexts.Kind.ERROR) {
                    assertThat(turn.imagePaths()).isEmpty();
                    continue;
                }
                assertThat(turn.imagePaths()).isNotEmpty();
                for (String path : turn.imagePaths()) {
                    Path file = RESOLVER.resolve(path);
                    assertThat(file).as(path).isRegularFile();
                    assertThat(IMAGES.readSize(file)).as(path).isEqualTo(new ImageSize(observation.width(), observation.height()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void replayingEveryCallReproducesTheCommittedObservations() {
        TraceReplay replay = new TraceReplay(ReplaySettings.TRAINING, SampleProjectTest::load);
        int compared = 0;
        for (Trace trace : traces) {
            for (ReplayStep step : replay.replay(trace).steps()) {
                Turn observation = trace.turns().get(step.turnIndex() + 1);
                OperationResult result = step.result().orElseThrow();
                assertThat(observation.text()).as(trace.id() + " turn " + step.turnIndex()).isEqualTo(result.observationText());
                if (result instanceof OperationResult.Success success) {
                    List<String> paths = observation.imagePaths();
                    assertThat(paths).hasSameSizeAs(success.images());
                    for (int i = 0; i < paths.size(); i++) {
                        BufferedImage committed = load(paths.get(i));
                        BufferedImage replayed = success.images().get(i);
                        assertThat(new ImageSize(committed.getWidth(), committed.getHeight())).as(paths.get(i))
                                .isEqualTo(new ImageSize(replayed.getWidth(), replayed.getHeight()));
                        assertThat(PixelDifference.mean(committed, replayed)).as(paths.get(i)).isLessThan(3.0);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(15);
    }

    @Test
    void zoomsCoverEveryEvidenceRegionOfTheProjectAndTheSelfCorrectionFirstMissesIt() throws IOException {
        TraceReplay replay = new TraceReplay(ReplaySettings.TRAINING, SampleProjectTest::load);
        Map<String, Trace> project = byId(readProject().traces());
        for (Trace trace : traces) {
            List<ReplayStep.Boxes> cuts = replay.replay(trace).steps().stream()
                    .filter(s -> s.result().orElseThrow() instanceof OperationResult.Success)
                    .flatMap(s -> s.boxes().stream()).toList();
            if (cuts.isEmpty() || trace.isVideo()) {
                continue;
            }
            for (Evidence evidence : project.get(trace.id()).evidence()) {
                Box region = ((Evidence.Region) evidence).box();
                assertThat(cuts).as(trace.id()).anySatisfy(c -> assertThat(contains(c.cutOriginalPixels(), region)).isTrue());
            }
        }
        Trace correction = project.get("street-name-self-correction");
        ReplayStep.Boxes wrong = replay.replay(correction).steps().get(0).boxes().orElseThrow();
        Box sign = ((Evidence.Region) correction.evidence().get(0)).box();
        assertThat(wrong.cutOriginalPixels().x1()).isGreaterThanOrEqualTo(sign.x2());
    }

    @Test
    void projectFolderHoldsTheSameTracesWithEvidenceReviewsAndItsOwnMedia() throws Exception {
        ReadResult result = readProject();
        assertThat(result.findings()).isEmpty();
        List<Trace> project = result.traces();
        assertThat(project).extracting(Trace::id).containsExactlyElementsOf(traces.stream().map(Trace::id).toList());

        Map<String, Trace> sft = byId(traces);
        MediaResolver projectMedia = new MediaResolver(PROJECT);
        for (Trace trace : project) {
            assertThat(trace.turns()).as(trace.id()).isEqualTo(sft.get(trace.id()).turns());
            assertThat(trace.evidence()).as(trace.id()).isNotEmpty();
            for (Turn turn : trace.turns()) {
                for (String path : allPaths(turn)) {
                    assertThat(projectMedia.resolve(path)).as(path).isRegularFile();
                }
            }
        }
        assertThat(project).extracting(t -> t.review().status())
                .contains(ReviewStatus.ACCEPTED, ReviewStatus.NEEDS_FIX, ReviewStatus.REJECTED, ReviewStatus.UNREVIEWED);
        assertThat(Files.isRegularFile(PROJECT.resolve("media/traffic.mp4"))).isTrue();
    }

    private static ReadResult readProject() throws IOException {
        TraceFormat format = FORMATS.detect(PROJECT).orElseThrow();
        assertThat(format.id()).isEqualTo(StudioProjectFormat.ID);
        return format.read(PROJECT, ProgressListener.NONE);
    }

    private static List<String> allPaths(Turn turn) {
        List<String> paths = new ArrayList<>(turn.imagePaths());
        turn.content().stream().filter(Content.Video.class::isInstance)
                .forEach(v -> paths.addAll(((Content.Video) v).framePaths()));
        return paths;
    }

    private static Map<String, Trace> byId(List<Trace> list) {
        return list.stream().collect(Collectors.toMap(Trace::id, Function.identity()));
    }

    private static boolean contains(Box outer, Box inner) {
        return outer.x1() <= inner.x1() && outer.y1() <= inner.y1() && outer.x2() >= inner.x2() && outer.y2() >= inner.y2();
    }

    private static BufferedImage load(String path) {
        try {
            return IMAGES.load(RESOLVER.resolve(path));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + path, e);
        }
    }
}
