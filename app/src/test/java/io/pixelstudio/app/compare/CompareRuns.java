package io.pixelstudio.app.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.eval.metric.Anls;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.eval.metric.ScoringProfile;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import io.pixelstudio.trace.format.TraceFormats;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs the compare tests use, built from trace-model's eval fixtures: the Pixel Reasoner logs
 * folder as the baseline, and a second run written from the studio-format export of the same run
 * with two answers flipped and the first item's zoom moved away from its evidence (so it becomes a
 * blind wrong answer), its image made relative and written next to the file.
 */
final class CompareRuns {

    static final Path EVAL = SampleData.checkout().resolve("trace-model/src/test/resources/eval");
    static final Path BASELINE = EVAL.resolve("pixelreasoner-run");
    static final Path EXPORT = EVAL.resolve("studio/run.predictions.jsonl");
    static final int IMAGE_W = 800;
    static final int IMAGE_H = 600;

    private CompareRuns() {
    }

    /**
     * Writes {@code run-b.predictions.jsonl} (and {@code images/cup.png}) into {@code dir}: vstar-1
     * answered B (wrong; it was right), vstar-2 answered A (right; it was wrong), vstar-1's zoom at
     * [0.5, 0.5, 0.8, 0.8] instead of [0.1, 0.2, 0.3, 0.4].
     */
    static Path writeRunB(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(EXPORT, StandardCharsets.UTF_8)) {
            ObjectNode node = (ObjectNode) json.readTree(line.replace("[0.1, 0.2, 0.3, 0.4]", "[0.5, 0.5, 0.8, 0.8]"));
            if (node.has("format")) {
                node.put("name", "run-b");
            } else if (node.path("qid").asText().equals("vstar-1")) {
                node.put("response", node.get("response").asText().replace("\\boxed{A}", "\\boxed{B}"));
                ((ObjectNode) ((ArrayNode) node.path("trace").path("media")).get(0)).put("path", "images/cup.png");
            } else if (node.path("qid").asText().equals("vstar-2")) {
                node.put("response", node.get("response").asText().replace("\\boxed{B}", "\\boxed{A}"));
            }
            out.add(json.writeValueAsString(node));
        }
        Path file = dir.resolve("run-b.predictions.jsonl");
        Files.write(file, out, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("images"));
        BufferedImage image = new BufferedImage(IMAGE_W, IMAGE_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x40, 0x40, 0x40));
        g.fillRect(0, 0, IMAGE_W, IMAGE_H);
        g.dispose();
        ImageIO.write(image, "png", dir.resolve("images/cup.png").toFile());
        return file;
    }

    static RunLoader loader() {
        return new RunLoader(PredictionImporters.standard(TraceFormats.discover()),
                BenchmarkScorers.of(ScoringProfile.BENCHMARK, Anls.LengthBasis.NORMALISED), new FaithfulnessJudge());
    }

    static CompareViewModel model(BackgroundTasks tasks, ErrorReporter errors) {
        return new CompareViewModel(tasks, loader(), Bootstrap.DEFAULT.withResamples(500), errors, Messages.load());
    }
}
