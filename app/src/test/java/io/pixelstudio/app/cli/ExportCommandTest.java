package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.bridge.tokens.TraceTokenCounter;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.persist.ReviewSidecar;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;
import io.pixelstudio.trace.query.SavedViewsFile;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    private static final Path GOLDEN = Paths.get("..", "trace-model", "src", "test", "resources", "golden", "curated");

    @TempDir
    Path tmp;

    @Test
    void exportsTheAcceptedSetByDefaultAndPrintsTheSummary() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", project.toString(), "--format", "sharegpt,openai-messages", "--out",
                out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("selection: status:accepted — 1 trace(s) matched, 1 written, 0 skipped")
                .contains("sharegpt: " + out.toAbsolutePath().resolve("sharegpt.json") + " (1 trace(s))")
                .contains("media: 2 file(s) copied, 0 already there");
        JsonNode records = new ObjectMapper().readTree(out.resolve("sharegpt.json").toFile());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("images").get(1).asText()).isEqualTo("media/crops/vstar-0001-crop1.png");
        assertThat(out.resolve("media/crops/vstar-0001-crop1.png")).exists();
        assertThat(out.resolve("export-summary.json")).exists();
    }

    @Test
    void aQueryOverEveryStatusWritesTheGoldenFile() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", project.toString(), "-f", "pixelreasoner-sft", "-o", out.toString(),
                "--query", "-status:rejected");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("pixelreasoner-sft.json")))
                .isEqualTo(Files.readAllBytes(GOLDEN.resolve("pixelreasoner-sft.json")));
    }

    @Test
    void aSavedViewOfTheInputSelectsItsTraces() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        new SavedViewsFile().write(project, SavedViews.builtInOnly().with(SavedView.of("Video", "op:frames")));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", project.toString(), "-f", "openai-messages", "-o", out.toString(),
                "--view", "video");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("view \"Video\"; op:frames — 1 trace(s) matched");
        assertThat(Files.readString(out.resolve("openai-messages.jsonl"))).contains("frame_02.png").doesNotContain("sa_4690");
    }

    @Test
    void aDataFileTakesItsReviewsFromItsSidecar() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path sftFolder = tmp.resolve("sft");
        assertThat(CliRun.of("export", project.toString(), "-f", "pixelreasoner-sft", "-o", sftFolder.toString(),
                "-q", "-status:rejected").status()).isZero();
        Path data = sftFolder.resolve("pixelreasoner-sft.json");
        assertThat(CliRun.of("export", data.toString(), "-f", "sharegpt", "-o", tmp.resolve("none").toString())
                .status()).as("SFT JSON holds no reviews: nothing is accepted").isEqualTo(1);
        ReviewSidecar.write(data, List.of(new ReviewSidecar.Entry(1, "mvbench-0042",
                new Review(ReviewStatus.ACCEPTED, List.of(), ""))));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", data.toString(), "-f", "sharegpt", "-o", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 trace(s) matched, 1 written");
        assertThat(Files.readString(out.resolve("sharegpt.json"))).contains("frame_02.png").doesNotContain("sa_4690");
    }

    @Test
    void tracesOverTheTokenBudgetAreLeftOutAndNamed() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("model"));
        Files.writeString(model.resolve("tokenizer.json"), WORD_LEVEL_TOKENIZER);
        Path input = Files.copy(SampleData.sftFile(), tmp.resolve("sample-sft.json"));
        copyTree(SampleData.media(), tmp.resolve("media"));
        List<Trace> traces = TraceFormats.discover().detect(input)
                .orElseThrow().read(input, ProgressListener.NONE).traces();
        Map<String, Long> totals = new LinkedHashMap<>();
        var resolver = new MediaResolver(tmp);
        var inspector = new ImageIoMediaInspector();
        try (var counter = TraceTokenCounter.open(model,
                PixelBounds.SFT, PixelBounds.VIDEO_FRAME_INPUT)) {
            for (var trace : traces) {
                totals.put(trace.id(), counter.count(trace, path -> {
                    try {
                        return inspector.imageSize(resolver.resolve(path));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).total());
            }
        }
        long budget = totals.values().stream().sorted().toList().get(totals.size() / 2);
        List<String> over = totals.entrySet().stream().filter(e -> e.getValue() > budget).map(Map.Entry::getKey).toList();
        assertThat(over).isNotEmpty().hasSizeLessThan(totals.size());

        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", input.toString(), "-f", "pixelreasoner-sft", "-o", out.toString(),
                "--status", "unreviewed", "--max-tokens", String.valueOf(budget), "--tokenizer", model.toString());

        assertThat(run.status()).as(run.err()).isZero();
        for (String id : over) {
            assertThat(run.err()).contains("over the token budget: " + id + " (" + totals.get(id) + " tokens");
        }
        JsonNode written = new ObjectMapper().readTree(out.resolve("pixelreasoner-sft.json").toFile());
        assertThat(written).hasSize(totals.size() - over.size());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** A word-level tokenizer knowing only the chat template's special tokens: every word is one [UNK]. */
    private static final String WORD_LEVEL_TOKENIZER = "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
            + "\"added_tokens\":[" + specials() + "],\"normalizer\":null,\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
            + "\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"WordLevel\",\"vocab\":{\"[UNK]\":0,"
            + "\"<|im_start|>\":1,\"<|im_end|>\":2,\"<|vision_start|>\":3,\"<|vision_end|>\":4,\"<|image_pad|>\":5,"
            + "\"<|video_pad|>\":6},\"unk_token\":\"[UNK]\"}}";

    private static String specials() {
        List<String> names = List.of("<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|image_pad|>",
                "<|video_pad|>");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"content\":\"").append(names.get(i))
                    .append("\",\"single_word\":false,\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true}");
        }
        return out.toString();
    }

    @Test
    void nothingMatchingExitsOneAndWritesNothing() {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", project.toString(), "-f", "sharegpt", "-o", out.toString(), "--status",
                "rejected");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no trace of 3 matches status:rejected");
        assertThat(out).doesNotExist();
    }

    @Test
    void badArgumentsAndExistingOutputsExitOneWithTheReason() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(CliRun.of("export", project.toString(), "-f", "csv", "-o", out.toString()).err())
                .contains("unknown export format 'csv'");
        CliRun badQuery = CliRun.of("export", project.toString(), "-f", "sharegpt", "-o", out.toString(), "-q", "ops>x");
        assertThat(badQuery.status()).isEqualTo(1);
        assertThat(badQuery.err()).contains("--query: column 5:");
        Files.writeString(out.resolve("sharegpt.json"), "keep me");
        CliRun conflict = CliRun.of("export", project.toString(), "-f", "sharegpt", "-o", out.toString());
        assertThat(conflict.status()).isEqualTo(1);
        assertThat(conflict.err()).contains("would replace 1 existing file(s)");
        assertThat(Files.readString(out.resolve("sharegpt.json"))).isEqualTo("keep me");
        assertThat(CliRun.of("export", project.toString(), "-f", "sharegpt", "-o", out.toString(), "--overwrite").status()).isZero();
    }
}
