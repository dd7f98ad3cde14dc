package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelReasonerRlCodecTest {

    private final PixelReasonerRlCodec json = new PixelReasonerRlCodec(PixelReasonerRlCodec.JSON_ANSWER_KEY);
    private final PixelReasonerRlCodec parquet = new PixelReasonerRlCodec(PixelReasonerRlCodec.PARQUET_ANSWER_KEY);

    private List<Trace> golden(String name) throws FormatException {
        return Golden.decodeAll(json, Golden.records(name), "rl");
    }

    @Test
    void jsonListGoldenIsReproducedByteForByte() throws Exception {
        byte[] written = Golden.write(Golden.encodeAll(json, golden("rl.json")), JsonRecordLayout.LIST);

        assertThat(written).isEqualTo(Golden.bytes("rl.json"));
    }

    @Test
    void jsonLinesGoldenIsReproducedByteForByte() throws Exception {
        byte[] written = Golden.write(Golden.encodeAll(json, golden("rl.jsonl")), JsonRecordLayout.LINES);

        assertThat(written).isEqualTo(Golden.bytes("rl.jsonl"));
    }

    @Test
    void decodingTheEncodedTraceGivesTheSameTrace() throws Exception {
        List<Trace> first = golden("rl.json");

        assertThat(Golden.decodeAll(json, Golden.encodeAll(json, first), "rl")).isEqualTo(first);
    }

    @Test
    void aRecordIsAPromptWithMediaAnswersIdAndBenchmarkSource() throws Exception {
        Trace vstar = golden("rl.json").get(0);

        assertThat(vstar.turns()).isEmpty();
        assertThat(vstar.id()).isEqualTo("vstar-0001");
        assertThat(vstar.source()).isEqualTo("vstar");
        assertThat(vstar.question()).startsWith("What animal is depicted");
        assertThat(vstar.media()).containsExactly(new Media.Image("images/vstar_0001.jpg"));
        assertThat(vstar.answers()).containsExactly("B");
        assertThat(vstar.extras().isEmpty()).isTrue();
    }

    @Test
    void aVideoRecordBecomesOneVideoOfItsFrames() throws Exception {
        Trace video = golden("rl.json").get(1);

        assertThat(video.isVideo()).isTrue();
        assertThat(video.media()).hasSize(1);
        assertThat(((Media.Video) video.media().get(0)).framePaths()).hasSize(16);
        assertThat(video.answers()).containsExactly("B", "an apple");
        assertThat(video.source()).isEqualTo("mvbench");
    }

    @Test
    void unknownColumnsArePreservedInOrder() throws Exception {
        Trace tally = golden("rl.json").get(2);

        assertThat(tally.extras().names()).containsExactly("split", "difficulty");
        assertThat(FieldLayout.keysOf(json.encode(tally)))
                .containsExactly("question", "image", "is_video", "gt_answer", "qid", "split", "difficulty");
    }

    @Test
    void aSinglePathImageWithoutIsVideoAndAListAnswerRoundTripInTheirShapes() throws Exception {
        ObjectNode record = Golden.records("rl.json").get(3);
        Trace custom = golden("rl.json").get(3);

        assertThat(custom.media()).containsExactly(new Media.Image("images/panneau.jpg"));
        assertThat(custom.answers()).containsExactly("sortie");
        assertThat(custom.source()).isEqualTo("rl");
        assertThat(json.encode(custom)).isEqualTo(record);
        assertThat(FieldLayout.keysOf(json.encode(custom))).isEqualTo(FieldLayout.keysOf(record));
    }

    @Test
    void theGroundTruthKeyFollowsTheContainerWhenConvertingBetweenJsonAndParquet() throws Exception {
        Trace fromJson = golden("rl.json").get(0);

        ObjectNode asParquetRow = parquet.encode(fromJson);
        assertThat(FieldLayout.keysOf(asParquetRow)).containsExactly("question", "image", "is_video", "answer", "qid");

        Trace fromParquet = parquet.decode(asParquetRow, 0, "rl");
        assertThat(FieldLayout.keysOf(json.encode(fromParquet))).contains("gt_answer").doesNotContain("answer");
    }

    @Test
    void aJsonRecordUsingAnswerInsteadOfGtAnswerRoundTripsUnchanged() throws Exception {
        ObjectNode record = Golden.parse("{\"question\": \"q\", \"image\": [], \"is_video\": false, \"answer\": \"x\"}");

        Trace trace = json.decode(record, 4, "bench");

        assertThat(trace.answers()).containsExactly("x");
        assertThat(trace.id()).isEqualTo("rl-4");
        assertThat(json.encode(trace)).isEqualTo(record);
    }

    @Test
    void numericAnswersAndNullImagesKeepTheirJsonKinds() throws Exception {
        ObjectNode record = Golden.parse("{\"question\": \"how many?\", \"image\": null, \"is_video\": false,"
                + " \"gt_answer\": 3, \"qid\": \"tallyqa-9\"}");

        Trace trace = json.decode(record, 0, "x");

        assertThat(trace.answers()).containsExactly("3");
        assertThat(trace.media()).isEmpty();
        assertThat(json.encode(trace)).isEqualTo(record);
    }

    @Test
    void aNullIsVideoAsParquetGivesForMissingValuesMeansAnImageAndRoundTrips() throws Exception {
        ObjectNode record = Golden.parse("{\"question\": \"q\", \"image\": [\"a.jpg\"], \"is_video\": null,"
                + " \"answer\": null, \"qid\": \"x-1\"}");

        Trace trace = parquet.decode(record, 0, "x");

        assertThat(trace.isVideo()).isFalse();
        assertThat(trace.answers()).isEmpty();
        assertThat(parquet.encode(trace)).isEqualTo(record);
    }

    @Test
    void badRecordsAreRejectedWithTheField() {
        assertRejected("{\"image\": []}", "question", "question must be a string");
        assertRejected("{\"question\": \"q\", \"is_video\": \"yes\"}", "is_video", "true or false");
        assertRejected("{\"question\": \"q\", \"image\": \"a.jpg\", \"is_video\": true}", "is_video", "frame paths");
        assertRejected("{\"question\": \"q\", \"image\": [\"a.jpg\", 7]}", "image[1]", "non-empty strings");
        assertRejected("{\"question\": \"q\", \"image\": {}}", "image", "list of paths");
        assertRejected("{\"question\": \"q\", \"gt_answer\": {}}", "gt_answer", "answer must be");
        assertRejected("{\"question\": \"q\", \"qid\": [1]}", "qid", "id must be");
    }

    private void assertRejected(String record, String field, String message) {
        assertThatThrownBy(() -> json.decode(Golden.parse(record), 0, "x"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }
}
