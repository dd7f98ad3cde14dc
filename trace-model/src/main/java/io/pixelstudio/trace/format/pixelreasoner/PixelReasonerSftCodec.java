package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.RecordCodec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the Pixel Reasoner SFT data: the trainer reads only {@code message_list}; every
 * other field is kept verbatim and in place. The question, the media and (without an answer field)
 * the answers are derived from the turns, never stored twice, so editing a turn is enough. See
 * {@code docs/formats.md}, "Pixel Reasoner SFT data".
 */
public final class PixelReasonerSftCodec implements RecordCodec {

    static final String ID_PREFIX = "sft";
    private static final List<String> ID_KEYS = List.of("qid", "id");
    private static final List<String> ANSWER_KEYS = List.of("answer", "gt_answer");
    private static final String ID_KEY_HINT = "idKey";
    private static final String ANSWER_KEY_HINT = "answerKey";

    @Override
    public Trace decode(JsonNode record, int recordIndex, String source) throws FormatException {
        Objects.requireNonNull(source, "source");
        if (record == null || !record.isObject()) {
            throw new FormatException("", "an SFT record must be a JSON object, found " + JsonKinds.describe(record));
        }
        List<Turn> turns = MessageListCodec.decode(record.get(MessageListCodec.FIELD));
        ObjectNode unknown = ((ObjectNode) record).deepCopy();
        unknown.remove(MessageListCodec.FIELD);
        FieldLayout layout = FieldLayout.none();

        String id = RecordIds.derived(ID_PREFIX, recordIndex);
        Optional<String> idKey = firstPresent(record, ID_KEYS);
        if (idKey.isPresent()) {
            JsonNode value = record.get(idKey.get());
            id = RecordIds.decode(value, idKey.get());
            unknown.remove(idKey.get());
            if (!idKey.get().equals(ID_KEYS.get(0))) {
                layout = layout.withHint(ID_KEY_HINT, idKey.get());
            }
            if (value.isNumber()) {
                layout = layout.withHint(RecordIds.NUMBER_HINT, AnswerField.NUMBER);
            }
        }

        List<String> answers = boxedAnswers(turns);
        Optional<String> answerKey = firstPresent(record, ANSWER_KEYS);
        if (answerKey.isPresent()) {
            AnswerField.Decoded decoded = AnswerField.decode(record.get(answerKey.get()), answerKey.get());
            answers = decoded.answers();
            unknown.remove(answerKey.get());
            if (!answerKey.get().equals(ANSWER_KEYS.get(0))) {
                layout = layout.withHint(ANSWER_KEY_HINT, answerKey.get());
            }
            if (decoded.shapeHint() != null) {
                layout = layout.withHint(AnswerField.SHAPE, decoded.shapeHint());
            }
        }

        Optional<Turn> firstUser = turns.stream().filter(t -> t.role() == Role.USER).findFirst();
        String question = firstUser.map(t -> PromptSuffix.split(t.text()).question()).orElse("");
        List<Media> media = firstUser.map(PixelReasonerSftCodec::mediaOf).orElse(List.of());

        Trace trace = new Trace(id, source, question, media, answers, List.of(), turns, Review.none(),
                layout.attachTo(unknown));
        List<String> keys = FieldLayout.keysOf(record);
        if (!FieldLayout.keysOf(encode(trace)).equals(keys)) {
            trace = withExtras(trace, layout.withOrder(keys).attachTo(unknown));
        }
        return trace;
    }

    @Override
    public ObjectNode encode(Trace trace) {
        FieldLayout layout = FieldLayout.from(trace.extras());
        List<String> order = layout.order().orElse(List.of());
        Map<String, JsonNode> modeled = new LinkedHashMap<>();

        String idKey = layout.hint(ID_KEY_HINT).orElse(ID_KEYS.get(0));
        if (order.contains(idKey) || !RecordIds.isDerived(ID_PREFIX, trace.id())) {
            modeled.put(idKey, RecordIds.encode(trace.id(), layout.hint(RecordIds.NUMBER_HINT).isPresent()));
        }
        modeled.put(MessageListCodec.FIELD, MessageListCodec.encode(trace.turns()));
        String answerKey = layout.hint(ANSWER_KEY_HINT).orElse(ANSWER_KEYS.get(0));
        if (order.contains(answerKey)
                || (!trace.answers().isEmpty() && !trace.answers().equals(boxedAnswers(trace.turns())))) {
            modeled.put(answerKey, AnswerField.encode(trace.answers(), layout.hint(AnswerField.SHAPE).orElse(null)));
        }
        return layout.assemble(modeled, FieldLayout.unknownFields(trace.extras()));
    }

    /** The answer the last assistant turn boxes, as a one-element list, or an empty list. */
    static List<String> boxedAnswers(List<Turn> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role() == Role.ASSISTANT) {
                return BoxedAnswer.last(turns.get(i).text()).map(List::of).orElse(List.of());
            }
        }
        return List.of();
    }

    private static List<Media> mediaOf(Turn turn) {
        List<Media> media = new ArrayList<>();
        for (Content content : turn.content()) {
            if (content instanceof Content.Image image) {
                media.add(new Media.Image(image.path()));
            } else if (content instanceof Content.Video video) {
                media.add(Media.Video.ofFrames(video.framePaths()));
            }
        }
        return media;
    }

    private static Optional<String> firstPresent(JsonNode record, List<String> keys) {
        return keys.stream().filter(k -> record.has(k) && !record.get(k).isNull()).findFirst();
    }

    private static Trace withExtras(Trace trace, Extras extras) {
        return new Trace(trace.id(), trace.source(), trace.question(), trace.media(), trace.answers(),
                trace.evidence(), trace.turns(), trace.review(), extras);
    }
}
