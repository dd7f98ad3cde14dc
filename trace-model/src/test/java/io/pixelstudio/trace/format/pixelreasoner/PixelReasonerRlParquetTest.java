package io.pixelstudio.trace.format.pixelreasoner;

import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelReasonerRlParquetTest {

    private final PixelReasonerRlFormat format = new PixelReasonerRlFormat();

    @TempDir
    Path dir;

    @Test
    void aReleaseLikeParquetFileReadsAndWritesBackWithItsColumnTypes() throws Exception {
        Path release = dir.resolve("release.parquet");
        sql("COPY (SELECT * FROM (VALUES"
                + " ('What is on the sign?', ['images/a.jpg'], false, 'B', 'vstar-1', 7::INTEGER),"
                + " ('What happens next?', ['f/1.jpg', 'f/2.jpg', 'f/3.jpg'], true, 'C', 'mvbench-2', NULL))"
                + " t(question, image, is_video, answer, qid, level)) TO '" + release + "' (FORMAT PARQUET)");

        ReadResult first = format.read(release, ProgressListener.NONE);
        assertThat(first.findings()).isEmpty();
        assertThat(first.traces()).hasSize(2);
        Trace image = first.traces().get(0);
        assertThat(image.media()).containsExactly(new Media.Image("images/a.jpg"));
        assertThat(image.answers()).containsExactly("B");
        assertThat(image.extras().get("level").orElseThrow().asInt()).isEqualTo(7);
        Trace video = first.traces().get(1);
        assertThat(video.media()).containsExactly(Media.Video.ofFrames(List.of("f/1.jpg", "f/2.jpg", "f/3.jpg")));
        assertThat(video.source()).isEqualTo("mvbench");

        Path copy = dir.resolve("copy.parquet");
        format.write(first.traces(), copy, dir, ProgressListener.NONE);

        assertThat(format.read(copy, ProgressListener.NONE).traces()).isEqualTo(first.traces());
        assertThat(columnTypes(copy)).containsExactly(
                Map.entry("question", "VARCHAR"), Map.entry("image", "VARCHAR[]"), Map.entry("is_video", "BOOLEAN"),
                Map.entry("answer", "VARCHAR"), Map.entry("qid", "VARCHAR"), Map.entry("level", "BIGINT"));
    }

    @Test
    void listAnswersStayListsAndGtAnswerBecomesTheAnswerColumn() throws Exception {
        List<Trace> traces = Golden.decodeAll(format.codec(), Golden.records("rl.json").subList(0, 2), "rl");
        Path out = dir.resolve("prompts.parquet");

        format.write(traces, out, dir, ProgressListener.NONE);

        assertThat(columnTypes(out)).containsEntry("answer", "VARCHAR[]").doesNotContainKey("gt_answer");
        List<Trace> back = format.read(out, ProgressListener.NONE).traces();
        assertThat(back.get(0).answers()).containsExactly("B");
        assertThat(back.get(1).answers()).containsExactly("B", "an apple");
        assertThat(back.get(1).isVideo()).isTrue();
        assertThat(back).extracting(Trace::id).containsExactly("vstar-0001", "mvbench-0093");
    }

    @Test
    void singleValuesInAColumnThatAlsoHoldsListsAreWrittenAsOneElementLists() throws Exception {
        List<Trace> traces = Golden.decodeAll(format.codec(), Golden.records("rl.json"), "rl");
        Path out = dir.resolve("widened.parquet");

        format.write(traces, out, dir, ProgressListener.NONE);

        assertThat(columnTypes(out)).containsEntry("image", "VARCHAR[]").containsEntry("answer", "VARCHAR[]")
                .containsEntry("split", "VARCHAR").containsEntry("difficulty", "DOUBLE");
        List<Trace> back = format.read(out, ProgressListener.NONE).traces();
        assertThat(back).extracting(Trace::answers).containsExactlyElementsOf(
                traces.stream().map(Trace::answers).toList());
        assertThat(back).extracting(Trace::media).containsExactlyElementsOf(
                traces.stream().map(Trace::media).toList());
    }

    @Test
    void rowsThatCannotShareAColumnTypeAreRefusedAndTheTargetIsLeftAlone() throws Exception {
        List<Trace> traces = Golden.decodeAll(format.codec(), List.of(
                Golden.parse("{\"question\": \"a\", \"note\": \"text\"}"),
                Golden.parse("{\"question\": \"b\", \"note\": true}")), "rl");
        Path out = dir.resolve("mixed.parquet");
        Files.writeString(out, "previous");

        assertThatThrownBy(() -> format.write(traces, out, dir, ProgressListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("column 'note'");
        assertThat(Files.readString(out)).isEqualTo("previous");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("mixed.parquet");
        }
    }

    @Test
    void aBadRowBecomesAFindingAndTheOthersStillLoad() throws Exception {
        Path bad = dir.resolve("bad.parquet");
        sql("COPY (SELECT * FROM (VALUES ('ok', 'vstar-1'), (NULL, 'vstar-2')) t(question, qid)) TO '" + bad
                + "' (FORMAT PARQUET)");

        ReadResult result = format.read(bad, ProgressListener.NONE);

        assertThat(result.traces()).extracting(Trace::id).containsExactly("vstar-1");
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).location().field()).contains("row 1 question");
        assertThat(result.findings().get(0).message()).contains("question must be a string");
    }

    @Test
    void parquetFilesAreRecognisedByTheirMagicBytes() throws Exception {
        Path real = dir.resolve("real.parquet");
        sql("COPY (SELECT 'q' AS question) TO '" + real + "' (FORMAT PARQUET)");
        Path fake = dir.resolve("fake.parquet");
        Files.writeString(fake, "not parquet");

        assertThat(format.canRead(real)).isTrue();
        assertThat(format.canRead(fake)).isFalse();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute(statement);
        }
    }

    private static Map<String, String> columnTypes(Path file) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement q = db.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
            q.setString(1, file.toString());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    types.put(r.getString(1), r.getString(2));
                }
            }
        }
        return types;
    }
}
