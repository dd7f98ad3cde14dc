package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelReasonerSftCodecTest {

    private final PixelReasonerSftCodec codec = new PixelReasonerSftCodec();

    private List<Trace> golden() throws FormatException {
        return Golden.decodeAll(codec, Golden.records("sft.json"), "sft");
    }

    @Test
    void goldenFileIsReproducedByteForByteAfterDecodeAndEncode() throws Exception {
        byte[] written = Golden.write(Golden.encodeAll(codec, golden()), JsonRecordLayout.LIST);

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(Golden.bytes("sft.json"), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(Golden.bytes("sft.json"));
    }

    @Test
    void goldenRecordsAsJsonLinesAreReproducedInTheLinesLayout() throws Exception {
        List<ObjectNode> records = Golden.records("sft.json");
        byte[] lines = Golden.write(records, JsonRecordLayout.LINES);

        byte[] again = Golden.write(Golden.encodeAll(codec, golden()), JsonRecordLayout.LINES);

        assertThat(again).isEqualTo(lines);
        assertThat(new String(lines, StandardCharsets.UTF_8).split("\n")).hasSize(records.size());
    }

    @Test
    void decodingTheEncodedTraceGivesTheSameTrace() throws Exception {
        List<Trace> first = golden();
        List<Trace> second = Golden.decodeAll(codec, Golden.encodeAll(codec, first), "sft");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void encodedRecordsEqualTheOriginalsIncludingKeyOrder() throws Exception {
        List<ObjectNode> records = Golden.records("sft.json");
        List<Trace> traces = golden();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode encoded = codec.encode(traces.get(i));
            assertThat(encoded).isEqualTo(records.get(i));
            assertThat(FieldLayout.keysOf(encoded)).isEqualTo(FieldLayout.keysOf(records.get(i)));
        }
    }

    @Test
    void imageTraceWithOneZoomDerivesQuestionMediaAnswerAndId() throws Exception {
        Trace zoom = golden().get(0);

        assertThat(zoom.id()).isEqualTo("vstar-sft-0001");
        assertThat(zoom.source()).isEqualTo("sft");
        assertThat(zoom.question()).isEqualTo(
                "What animal is depicted on the Woolshops Shopping Centre sign?\n(A) Lion\n(B) Sheep\n(C) Tiger\n(D) Elephant");
        assertThat(zoom.media()).containsExactly(new Media.Image("images/vstar_0001.jpg"));
        assertThat(zoom.answers()).containsExactly("B");
        assertThat(zoom.turns()).extracting(Turn::role).containsExactly(
                Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(zoom.turns().get(3).text()).isEqualTo("\nHere is the cropped image (Image Size: 392x308):");
        assertThat(zoom.turns().get(3).imagePaths()).containsExactly("images/vstar_0001_crop1.jpg");
        assertThat(FieldLayout.unknownFields(zoom.extras()).isEmpty()).isTrue();
        assertThat(FieldLayout.from(zoom.extras()).order()).as("answer equal to the boxed one is kept as a field")
                .contains(List.of("qid", "message_list", "answer"));
    }

    @Test
    void userTurnKeepsTheVcotSuffixWhileTheQuestionDropsIt() throws Exception {
        Trace zoom = golden().get(0);
        String userText = zoom.turns().get(1).text();

        PromptSuffix.Split split = PromptSuffix.split(userText);
        assertThat(split.suffix()).contains(PromptSuffix.VCOT);
        assertThat(split.suffixText()).isEqualTo(PromptSuffix.VCOT.appended());
        assertThat(split.question() + split.suffixText()).isEqualTo(userText);
        assertThat(zoom.question()).isEqualTo(split.question());
    }

    @Test
    void systemTurnIsTheReferenceFunctionCallingPromptInTwoItems() throws Exception {
        Turn system = golden().get(0).turns().get(0);

        assertThat(system.content()).extracting(c -> ((Content.Text) c).text())
                .containsExactlyElementsOf(ReferenceSystemPrompt.ITEMS);
        assertThat(system.text()).isEqualTo(ReferenceSystemPrompt.TEXT);
        assertThat(system.text()).contains("\"name\": \"crop_image_normalized\"").contains("\"name\": \"select_frames\"");
    }

    @Test
    void withoutAnAnswerFieldTheAnswerIsTheLastBoxedOfTheLastAssistantTurn() throws Exception {
        Trace selfCorrection = golden().get(1);

        assertThat(selfCorrection.answers()).containsExactly("73");
        assertThat(selfCorrection.id()).isEqualTo("sft-1");
        assertThat(codec.encode(selfCorrection).has("answer")).isFalse();
        assertThat(codec.encode(selfCorrection).has("qid")).isFalse();
    }

    @Test
    void unknownRecordFieldsArePreservedVerbatimAndInPlace() throws Exception {
        Trace selfCorrection = golden().get(1);

        assertThat(selfCorrection.extras().get("source").orElseThrow().asText()).isEqualTo("pixelreasoner-sft");
        assertThat(selfCorrection.extras().get("meta").orElseThrow().get("weight").asDouble()).isEqualTo(0.5);
        assertThat(FieldLayout.keysOf(codec.encode(selfCorrection))).containsExactly("source", "message_list", "meta");
    }

    @Test
    void videoTraceKeepsFramesAndANumericIdAndAListAnswerUnderGtAnswer() throws Exception {
        Trace video = golden().get(2);

        assertThat(video.id()).isEqualTo("93");
        assertThat(video.isVideo()).isTrue();
        assertThat(((Media.Video) video.media().get(0)).framePaths()).hasSize(16)
                .startsWith("videos/clip_0093/frame_01.jpg");
        assertThat(video.answers()).containsExactly("B", "an apple");
        ObjectNode encoded = codec.encode(video);
        assertThat(encoded.get("id").isInt()).isTrue();
        assertThat(encoded.get("gt_answer").isArray()).isTrue();
    }

    @Test
    void failedCallResultTurnIsKeptAsAUserTurnWithTheExecutionError() throws Exception {
        Trace failed = golden().get(3);

        Turn result = failed.turns().get(3);
        assertThat(result.role()).isEqualTo(Role.USER);
        assertThat(result.text()).isEqualTo("\nExecution error:\nCropped image is too small: 27x18\n");
        assertThat(result.imagePaths()).isEmpty();
        assertThat(failed.media()).containsExactly(new Media.Image("/data/pixelreasoner/images/infovqa_0212.png"));
        assertThat(codec.encode(failed).get("answer").isArray()).isTrue();
    }

    @Test
    void itemTypeKeysAndUnknownMessageKeysStayInExtrasInOrder() throws Exception {
        Trace typed = golden().get(4);

        Content image = typed.turns().get(1).content().get(1);
        assertThat(image).isInstanceOf(Content.Image.class);
        assertThat(image.extras().get("type").orElseThrow().asText()).isEqualTo("image");
        assertThat(image.extras().get("max_pixels").orElseThrow().asInt()).isEqualTo(1003520);
        assertThat(typed.turns().get(2).extras().get("train").orElseThrow().asBoolean()).isFalse();
        assertThat(FieldLayout.keysOf(codec.encode(typed).get("message_list").get(1).get("content").get(1)))
                .containsExactly("type", "image", "max_pixels");
        assertThat(FieldLayout.keysOf(codec.encode(typed).get("message_list").get(2)))
                .containsExactly("role", "train", "content");
        assertThat(typed.question()).isEqualTo("Which color is the umbrella held by the woman on the right?");
    }

    @Test
    void editedTurnsAreWhatGetsWrittenAndTheDerivedQuestionIsNeverAField() throws Exception {
        Trace zoom = golden().get(0);
        List<Turn> turns = new ArrayList<>(zoom.turns());
        turns.set(4, Turn.text(Role.ASSISTANT, "It is a sheep.\n\n\\boxed{B}"));

        ObjectNode encoded = codec.encode(zoom.withTurns(turns));

        assertThat(encoded.get("message_list").get(4).get("content").get(0).get("text").asText())
                .isEqualTo("It is a sheep.\n\n\\boxed{B}");
        assertThat(FieldLayout.keysOf(encoded)).containsExactly("qid", "message_list", "answer");
    }

    @Test
    void aTraceBuiltInTheStudioIsWrittenWithDefaultLayout() {
        Trace fresh = new Trace("vstar-7", "studio", "q", List.of(), List.of("A", "B"), List.of(),
                List.of(Turn.text(Role.USER, "q"), Turn.text(Role.ASSISTANT, "\\boxed{A}")),
                io.pixelstudio.trace.Review.none(), io.pixelstudio.trace.Extras.empty());

        ObjectNode encoded = codec.encode(fresh);

        assertThat(encoded.toString()).isEqualTo("{\"qid\":\"vstar-7\",\"message_list\":[{\"role\":\"user\",\"content\":"
                + "[{\"text\":\"q\"}]},{\"role\":\"assistant\",\"content\":[{\"text\":\"\\\\boxed{A}\"}]}],"
                + "\"answer\":[\"A\",\"B\"]}");
    }

    @Test
    void aQidThatLooksDerivedIsStillWrittenBack() throws Exception {
        ObjectNode record = Golden.parse("{\"message_list\": [], \"qid\": \"sft-0\"}");

        Trace trace = codec.decode(record, 5, "x");

        assertThat(trace.id()).isEqualTo("sft-0");
        assertThat(codec.encode(trace)).isEqualTo(record);
        assertThat(FieldLayout.keysOf(codec.encode(trace))).containsExactly("message_list", "qid");
    }

    @Test
    void anAnswerFieldEqualToTheBoxedAnswerIsStillWrittenBack() throws Exception {
        ObjectNode record = Golden.parse("{\"message_list\": [{\"role\": \"assistant\", \"content\": "
                + "[{\"text\": \"\\\\boxed{4}\"}]}], \"answer\": \"4\"}");

        assertThat(codec.encode(codec.decode(record, 0, "x"))).isEqualTo(record);
    }

    @Test
    void itemWithoutPayloadKeyIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [{\"role\": \"system\", \"content\": [{\"text\": \"s\"}]},"
                + " {\"role\": \"user\", \"content\": [{\"type\": \"image\"}]}]}", "message_list[1].content[0]", "no payload key");
    }

    @Test
    void itemWithTwoPayloadKeysIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [{\"role\": \"user\", \"content\": [{\"text\": \"a\"},"
                + " {\"text\": \"q\", \"image\": \"x.jpg\"}]}]}", "message_list[0].content[1]", "2 payload keys");
    }

    @Test
    void unknownRoleIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [{\"role\": \"user\", \"content\": []}, {\"role\": \"tool\", \"content\": []}]}",
                "message_list[1].role", "unknown role 'tool'");
    }

    @Test
    void contentThatIsNotAListIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [{\"role\": \"user\", \"content\": \"hello\"}]}",
                "message_list[0].content", "content must be a list");
    }

    @Test
    void videoFrameThatIsNotAStringIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [{\"role\": \"user\", \"content\": [{\"video\": [\"a.jpg\", 3]}]}]}",
                "message_list[0].content[0].video[1]", "must be a string");
    }

    @Test
    void missingMessageListAndNonObjectRecordsAreRejected() {
        assertRejected("{\"messages\": []}", "message_list", "missing");
        assertRejected("{\"message_list\": {}}", "message_list", "must be a list");
        assertThatThrownBy(() -> codec.decode(Golden.MAPPER.readTree("[1]"), 0, "x"))
                .isInstanceOf(FormatException.class).hasMessageContaining("JSON object");
    }

    @Test
    void answerListWithANonStringIsRejectedWithItsPath() {
        assertRejected("{\"message_list\": [], \"answer\": [\"a\", 2]}", "answer[1]", "must be strings");
    }

    private void assertRejected(String json, String field, String message) {
        assertThatThrownBy(() -> codec.decode(Golden.parse(json), 0, "x"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }
}
