package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.RecordCodec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Pixel Reasoner RL data ({@code question}, {@code image}, {@code is_video}, the
 * ground truth, {@code qid}) as a prompt trace without turns. The reference reads the ground truth
 * from {@code answer} in Parquet files and from {@code gt_answer} in JSON files, so a codec is made
 * for one container and writes that container's key unless the record used the other one. See
 * {@code docs/formats.md}, "Pixel Reasoner RL data".
 */
public final class PixelReasonerRlCodec implements RecordCodec {

    /** Ground-truth key of JSON and JSON-lines RL files. */
    public static final String JSON_ANSWER_KEY = "gt_answer";
    /** Ground-truth key of Parquet RL files. */
    public static final String PARQUET_ANSWER_KEY = "answer";

    static final String ID_PREFIX = "rl";
    static final String QUESTION = "question";
    static final String IMAGE = "image";
    static final String IS_VIDEO = "is_video";
    static final String QID = "qid";
    private static final List<String> ANSWER_KEYS = List.of(JSON_ANSWER_KEY, PARQUET_ANSWER_KEY);
    private static final String ANSWER_KEY_HINT = "answerKey";
    private static final String IMAGE_SHAPE_HINT = "imageShape";
    private static final String VIDEO_FLAG_HINT = "isVideoShape";
    private static final String SINGLE = "string";
    private static final String NULL = "null";
    private static final String EMPTY = "empty";

    private final String answerKey;

    /** @param answerKey the ground-truth key of the container: {@link #JSON_ANSWER_KEY} or {@link #PARQUET_ANSWER_KEY} */
    public PixelReasonerRlCodec(String answerKey) {
        if (!ANSWER_KEYS.contains(answerKey)) {
            throw new IllegalArgumentException("answer key must be one of " + ANSWER_KEYS + ": " + answerKey);
        }
        this.answerKey = answerKey;
    }

    @Override
    public Trace decode(JsonNode record, int recordIndex, String source) throws FormatException {
        Objects.requireNonNull(source, "source");
        if (record == null || !record.isObject()) {
            throw new FormatException("", "an RL record must be a JSON object, found " + JsonKinds.describe(record));
        }
        ObjectNode unknown = ((ObjectNode) record).deepCopy();
        FieldLayout layout = FieldLayout.none();

        JsonNode questionNode = record.get(QUESTION);
        if (questionNode == null || !questionNode.isTextual()) {
            throw new FormatException(QUESTION, "question must be a string, found " + JsonKinds.describe(questionNode));
        }
        unknown.remove(QUESTION);

        boolean isVideo = false;
        JsonNode videoFlag = record.get(IS_VIDEO);
        if (videoFlag != null && videoFlag.isNull()) {
            unknown.remove(IS_VIDEO);
            layout = layout.withHint(VIDEO_FLAG_HINT, NULL);
        } else if (videoFlag != null) {
            if (!videoFlag.isBoolean()) {
                throw new FormatException(IS_VIDEO, "is_video must be true or false, found " + JsonKinds.describe(videoFlag));
            }
            isVideo = videoFlag.asBoolean();
            unknown.remove(IS_VIDEO);
        }

        List<Media> media = new ArrayList<>();
        JsonNode image = record.get(IMAGE);
        if (image != null) {
            unknown.remove(IMAGE);
            if (image.isNull()) {
                layout = layout.withHint(IMAGE_SHAPE_HINT, NULL);
            } else if (image.isTextual() && image.asText().isEmpty()) {
                layout = layout.withHint(IMAGE_SHAPE_HINT, EMPTY);
            } else if (image.isTextual()) {
                if (isVideo) {
                    throw new FormatException(IS_VIDEO, "is_video is true but image is a single path; a video is"
                            + " given as the list of its frame paths");
                }
                media.add(new Media.Image(image.asText()));
                layout = layout.withHint(IMAGE_SHAPE_HINT, SINGLE);
            } else if (image.isArray()) {
                List<String> paths = paths(image);
                if (isVideo) {
                    media.add(Media.Video.ofFrames(paths));
                } else {
                    paths.forEach(p -> media.add(new Media.Image(p)));
                }
            } else {
                throw new FormatException(IMAGE, "image must be a list of paths (or one path), found "
                        + JsonKinds.describe(image));
            }
        }

        List<String> answers = List.of();
        Optional<String> foundKey = answerKeyOf(record);
        if (foundKey.isPresent()) {
            AnswerField.Decoded decoded = AnswerField.decode(record.get(foundKey.get()), foundKey.get());
            answers = decoded.answers();
            unknown.remove(foundKey.get());
            if (!foundKey.get().equals(answerKey)) {
                layout = layout.withHint(ANSWER_KEY_HINT, foundKey.get());
            }
            if (decoded.shapeHint() != null) {
                layout = layout.withHint(AnswerField.SHAPE, decoded.shapeHint());
            }
        }

        String id = RecordIds.derived(ID_PREFIX, recordIndex);
        String traceSource = source;
        JsonNode qid = record.get(QID);
        if (qid != null && !qid.isNull()) {
            id = RecordIds.decode(qid, QID);
            unknown.remove(QID);
            if (qid.isNumber()) {
                layout = layout.withHint(RecordIds.NUMBER_HINT, AnswerField.NUMBER);
            }
            traceSource = benchmarkOf(id).orElse(source);
        }

        Trace trace = new Trace(id, traceSource, questionNode.asText(), media, answers, List.of(), List.of(),
                Review.none(), layout.attachTo(unknown));
        List<String> keys = FieldLayout.keysOf(record);
        if (!FieldLayout.keysOf(encode(trace)).equals(keys)) {
            trace = new Trace(id, traceSource, questionNode.asText(), media, answers, List.of(), List.of(),
                    Review.none(), layout.withOrder(keys).attachTo(unknown));
        }
        return trace;
    }

    @Override
    public ObjectNode encode(Trace trace) {
        FieldLayout layout = FieldLayout.from(trace.extras());
        ObjectNode unknown = FieldLayout.unknownFields(trace.extras());
        String key = layout.hint(ANSWER_KEY_HINT).orElse(answerKey);
        List<String> order = layout.order().map(o -> renameAnswerKey(o, key, unknown)).orElse(null);
        if (order != null) {
            layout = layout.withOrder(order);
        }
        boolean free = order == null;
        List<String> present = order == null ? List.of() : order;
        Map<String, JsonNode> modeled = new LinkedHashMap<>();
        modeled.put(QUESTION, TextNode.valueOf(trace.question()));
        if (free || present.contains(IMAGE) || !trace.media().isEmpty()) {
            modeled.put(IMAGE, imageValue(trace.media(), layout.hint(IMAGE_SHAPE_HINT).orElse("")));
        }
        if (free || present.contains(IS_VIDEO) || trace.isVideo()) {
            boolean keepNull = !trace.isVideo() && layout.hint(VIDEO_FLAG_HINT).filter(NULL::equals).isPresent();
            modeled.put(IS_VIDEO, keepNull ? NullNode.getInstance() : BooleanNode.valueOf(trace.isVideo()));
        }
        if (free || present.contains(key) || !trace.answers().isEmpty()) {
            modeled.put(key, AnswerField.encode(trace.answers(), layout.hint(AnswerField.SHAPE).orElse(null)));
        }
        if (present.contains(QID) || !RecordIds.isDerived(ID_PREFIX, trace.id())) {
            modeled.put(QID, RecordIds.encode(trace.id(), layout.hint(RecordIds.NUMBER_HINT).isPresent()));
        }
        return layout.assemble(modeled, unknown);
    }

    /** The benchmark a qid names: the text before its first {@code -}, when there is one. */
    static Optional<String> benchmarkOf(String qid) {
        int dash = qid.indexOf('-');
        return dash > 0 ? Optional.of(qid.substring(0, dash)) : Optional.empty();
    }

    private Optional<String> answerKeyOf(JsonNode record) {
        if (record.has(answerKey) && !record.get(answerKey).isNull()) {
            return Optional.of(answerKey);
        }
        return ANSWER_KEYS.stream().filter(k -> record.has(k) && !record.get(k).isNull()).findFirst();
    }

    /** The stored order with the ground-truth key written under {@code key} (for a change of container). */
    private static List<String> renameAnswerKey(List<String> order, String key, ObjectNode unknown) {
        List<String> renamed = new ArrayList<>();
        for (String name : order) {
            boolean modeledAlias = ANSWER_KEYS.contains(name) && !unknown.has(name);
            renamed.add(modeledAlias ? key : name);
        }
        return renamed;
    }

    private static JsonNode imageValue(List<Media> media, String shape) {
        if (media.isEmpty() && shape.equals(NULL)) {
            return NullNode.getInstance();
        }
        if (media.isEmpty() && shape.equals(EMPTY)) {
            return TextNode.valueOf("");
        }
        if (media.size() == 1 && media.get(0) instanceof Media.Image single && shape.equals(SINGLE)) {
            return TextNode.valueOf(single.path());
        }
        ArrayNode paths = JsonNodeFactory.instance.arrayNode();
        for (Media m : media) {
            if (m instanceof Media.Image image) {
                paths.add(image.path());
            } else if (m instanceof Media.Video video) {
                video.framePaths().forEach(paths::add);
            }
        }
        return paths;
    }

    private static List<String> paths(JsonNode list) throws FormatException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode path = list.get(i);
            if (!path.isTextual() || path.asText().isEmpty()) {
                throw new FormatException(IMAGE + "[" + i + "]", "image paths must be non-empty strings, found "
                        + (path.isTextual() ? "an empty string" : JsonKinds.describe(path)));
            }
            paths.add(path.asText());
        }
        return paths;
    }
}
