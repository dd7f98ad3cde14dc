package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real image files in a folder and traces over them whose observation turns say what the training
 * replay produces, so the edits' re-execution has the same starting point as a real SFT record.
 */
final class EditFixtures {

    final Path folder;
    final FileObservationRenderer renderer;
    final ImageLoader loader = new ImageLoader();

    EditFixtures(Path folder) {
        this.folder = folder;
        this.renderer = new FileObservationRenderer(folder, new MediaResolver(folder), loader);
    }

    /** A deterministic, detailed pattern (no two nearby crops alike). */
    static BufferedImage pattern(int w, int h, int seed) {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = (x * 73 + y * 151 + seed * 29) ^ (x * y * 7);
                im.setRGB(x, y, (v % 256) << 16 | ((v * 3 + 17) % 256) << 8 | ((x + seed) * 41 + y * y * 5) % 256);
            }
        }
        return im;
    }

    /** Writes a PNG under the folder and returns its relative path. */
    String image(String name, int w, int h, int seed) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(pattern(w, h, seed), "png", file.toFile());
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String call(String json) {
        return "I will look closer.\n<tool_call>\n" + json + "\n</tool_call>";
    }

    static String zoom(String bbox, int target) {
        return call("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": " + bbox
                + ", \"target_image\": " + target + "}}");
    }

    /** system, question with image, then per call an assistant call and an observation, then an answer. */
    Trace imageTrace(String imagePath, String... calls) {
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.text(Role.SYSTEM, "You are a helpful assistant."));
        turns.add(new Turn(Role.USER, List.of(new Content.Text("What is on the sign?"), new Content.Image(imagePath))));
        for (String c : calls) {
            turns.add(Turn.text(Role.ASSISTANT, c));
            turns.add(Turn.text(Role.USER, "\nHere is the cropped image:"));
        }
        turns.add(Turn.text(Role.ASSISTANT, "\\boxed{A}"));
        Trace draft = new Trace("t-1", "test", "What is on the sign?", List.of(new Media.Image(imagePath)),
                List.of("A"), List.of(), turns, Review.none(), Extras.empty());
        return withObservations(draft, "obs");
    }

    /** A video question over {@code frames} frame files with one select_frames call. */
    Trace videoTrace(List<String> frames, String selection) {
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.text(Role.SYSTEM, "You are a helpful assistant."));
        turns.add(new Turn(Role.USER, List.of(new Content.Text("What happens?"), new Content.Video(frames))));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": "
                + selection + "}}")));
        turns.add(Turn.text(Role.USER, "\nHere are the selected frames:"));
        turns.add(Turn.text(Role.ASSISTANT, "\\boxed{B}"));
        return new Trace("v-1", "test", "What happens?", List.of(Media.Video.ofFrames(frames)), List.of("B"),
                List.of(), turns, Review.none(), Extras.empty());
    }

    /**
     * {@code draft} with each observation turn holding what the training replay returns: its text and
     * the crops written as files named {@code <prefix>-<turn>.png}, as a data set would ship them.
     */
    Trace withObservations(Trace draft, String prefix) {
        TraceReplay.Replay replay = new TraceReplay(ReplaySettings.TRAINING, this::load).replay(draft);
        List<Turn> turns = new ArrayList<>(draft.turns());
        for (ReplayStep step : replay.steps()) {
            var result = step.result().orElseThrow();
            List<Content> content = new ArrayList<>();
            content.add(new Content.Text(result.observationText()));
            if (result instanceof io.pixelstudio.trace.ops.OperationResult.Success success) {
                String name = prefix + "-" + step.turnIndex() + ".png";
                try {
                    ImageIO.write(success.images().get(0), "png", folder.resolve(name).toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                content.add(new Content.Image(name));
            }
            turns.set(step.turnIndex() + 1, new Turn(Role.USER, content));
        }
        return draft.withTurns(turns);
    }

    BufferedImage load(String path) {
        try {
            return loader.load(folder.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The training replay of {@code trace} (what the edit must have reproduced). */
    TraceReplay.Replay replay(Trace trace) {
        return ObservedReplay.replay(trace, this::load, "training", ReplaySettings.TRAINING).replay();
    }

    /** A session over one trace. */
    static EditSession session(Trace... traces) {
        List<Trace> list = List.of(traces);
        return new EditSession(new TraceSource() {
            @Override
            public int size() {
                return list.size();
            }

            @Override
            public Trace load(int index) {
                return list.get(index);
            }
        });
    }
}
