package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FrameRolloutTest {

    @Test
    void rolloutsAreValidTracesWithTheReferenceSelectCallsAndResultTexts(@TempDir Path dir) throws IOException {
        VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(ProgressListener.NONE).write(dir, 4, 5);
        List<Trace> traces = new ArrayList<>();
        List<Integer> selections = new ArrayList<>();
        try (FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), 2)) {
            FrameRollout rollout = new FrameRollout(policy, dir);
            Random random = new Random(9);
            for (VideoProbeItem item : suite.items()) {
                List<BufferedImage> frames = new ArrayList<>();
                for (String f : item.frames()) {
                    frames.add(ImageIO.read(dir.resolve(f).toFile()));
                }
                for (int g = 0; g < 4; g++) {
                    FrameRollout.Outcome o = rollout.run(item, frames, item.id() + "-r" + g, random);
                    traces.add(o.trace());
                    selections.add(o.selections().size());
                    assertThat(o.trace().answers()).containsExactly(o.answer());
                    assertThat(o.selections()).allSatisfy(s -> assertThat(s).hasSize(2).isSorted());
                    assertResultTurns(o);
                }
            }
        }
        assertThat(selections).contains(0, 1, 2);
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(),
                ValidationOptions.sftData().withModelInput(size -> SmartResize.fit(size, ReplaySettings.TRAINING.inputBounds())));
        MediaResolver resolver = new MediaResolver(dir);
        for (Trace t : traces) {
            List<Finding> errors = validator.validate(t, Location.ofFile(dir.resolve("rollouts")), resolver::resolve)
                    .stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(t.id()).isEmpty();
        }
        new StudioProjectFormat().write(traces, dir.resolve("rollouts"), dir, ProgressListener.NONE);
        ReadResult read = new StudioProjectFormat().read(dir.resolve("rollouts"), ProgressListener.NONE);
        assertThat(read.traces()).extracting(Trace::id).isEqualTo(traces.stream().map(Trace::id).toList());
    }

    @Test
    void greedyRolloutsOfOneSeedAreTheSame(@TempDir Path dir) throws IOException {
        VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(ProgressListener.NONE).write(dir, 6, 2);
        VideoProbeItem item = suite.items().get(0);
        List<BufferedImage> frames = new ArrayList<>();
        for (String f : item.frames()) {
            frames.add(ImageIO.read(dir.resolve(f).toFile()));
        }
        List<Trace> runs = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            try (FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), 3)) {
                runs.add(new FrameRollout(policy, dir.resolve("r" + k)).run(item, frames, "t", null).trace());
            }
        }
        assertThat(runs.get(0).turns()).isEqualTo(runs.get(1).turns());
    }

    /**
     * Every selection's result turn is the reference text, numbered from the visuals so far (the
     * video counting as one), with one frame image per selected frame.
     */
    private static void assertResultTurns(FrameRollout.Outcome o) {
        List<Turn> turns = o.trace().turns();
        int selection = 0;
        int visuals = 1;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.role() == Role.USER && i > 1) {
                List<Integer> picked = o.selections().get(selection++);
                String text = ((Content.Text) turn.content().get(0)).text();
                assertThat(text).matches("\nHere are the selected frames \\(Frame Size: \\d+x\\d+, Numbered "
                        + visuals + " to " + (visuals + picked.size() - 1) + "\\):");
                assertThat(turn.content().subList(1, turn.content().size()))
                        .hasSize(picked.size()).allMatch(c -> c instanceof Content.Image);
                visuals += picked.size();
            }
        }
        assertThat(selection).isEqualTo(o.selections().size());
    }
}
