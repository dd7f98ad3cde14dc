package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.edit.persist.ReviewSidecar;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;
import io.pixelstudio.trace.query.SavedViewsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

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
