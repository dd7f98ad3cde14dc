package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.RecordCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static io.pixelstudio.trace.format.project.JsonFields.array;
import static io.pixelstudio.trace.format.project.JsonFields.extras;
import static io.pixelstudio.trace.format.project.JsonFields.index;
import static io.pixelstudio.trace.format.project.JsonFields.integer;
import static io.pixelstudio.trace.format.project.JsonFields.object;
import static io.pixelstudio.trace.format.project.JsonFields.path;
import static io.pixelstudio.trace.format.project.JsonFields.putExtras;
import static io.pixelstudio.trace.format.project.JsonFields.text;
import static io.pixelstudio.trace.format.project.JsonFields.textList;

/**
 * One line of a project's {@code traces.jsonl}: every field of a {@link Trace} written out
 * explicitly, so that the studio's own file never depends on a training format's quirks and loses
 * nothing (review state, evidence, sampled frame indices included). Each record carries
 * {@code "schema": 1}; a record of another schema is refused with a message saying so.
 *
 * <p>Fields of a trace, turn or content item that this build does not know are kept: they join
 * that level's {@link io.pixelstudio.trace.Extras} and are written back inside its {@code extras}
 * object. Field order on write is fixed, so saving an unchanged project gives identical bytes.
 */
public final class StudioTraceCodec implements RecordCodec {

    /** The record schema this build reads and writes. */
    public static final int SCHEMA = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TRACE_FIELDS = Set.of("schema", "id", "source", "question", "media",
            "answers", "evidence", "turns", "review");
    private static final Set<String> TURN_FIELDS = Set.of("role", "content");
    private static final Set<String> REVIEW_FIELDS = Set.of("status", "tags", "note");

    @Override
    public Trace decode(JsonNode record, int recordIndex, String source) throws FormatException {
        Objects.requireNonNull(source, "source");
        ObjectNode node = object(record, "");
        int schema = integer(node, "schema", "");
        if (schema != SCHEMA) {
            throw new FormatException("schema", "record schema " + schema
                    + " cannot be read by this build, which reads schema " + SCHEMA
                    + (schema > SCHEMA ? " (the project was saved by a newer studio)" : ""));
        }
        String id = text(node, "id", "");
        String recordSource = node.has("source") ? text(node, "source", "") : source;
        String question = text(node, "question", "");

        ArrayNode mediaArray = array(node, "media", "");
        List<Media> media = new ArrayList<>(mediaArray.size());
        for (int i = 0; i < mediaArray.size(); i++) {
            media.add(StudioPartsCodec.decodeMedia(mediaArray.get(i), index("media", i)));
        }
        ArrayNode evidenceArray = array(node, "evidence", "");
        List<Evidence> evidence = new ArrayList<>(evidenceArray.size());
        for (int i = 0; i < evidenceArray.size(); i++) {
            evidence.add(StudioPartsCodec.decodeEvidence(evidenceArray.get(i), index("evidence", i)));
        }
        ArrayNode turnArray = array(node, "turns", "");
        List<Turn> turns = new ArrayList<>(turnArray.size());
        for (int i = 0; i < turnArray.size(); i++) {
            turns.add(decodeTurn(turnArray.get(i), index("turns", i)));
        }
        return new Trace(id, recordSource, question, media, textList(node, "answers", ""), evidence, turns,
                decodeReview(node.get("review")), extras(node, TRACE_FIELDS, ""));
    }

    @Override
    public ObjectNode encode(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        ObjectNode node = NODES.objectNode();
        node.put("schema", SCHEMA);
        node.put("id", trace.id());
        node.put("source", trace.source());
        node.put("question", trace.question());
        ArrayNode media = node.putArray("media");
        trace.media().forEach(m -> media.add(StudioPartsCodec.encodeMedia(m)));
        ArrayNode answers = node.putArray("answers");
        trace.answers().forEach(answers::add);
        ArrayNode evidence = node.putArray("evidence");
        trace.evidence().forEach(e -> evidence.add(StudioPartsCodec.encodeEvidence(e)));
        ArrayNode turns = node.putArray("turns");
        trace.turns().forEach(t -> turns.add(encodeTurn(t)));
        ObjectNode review = node.putObject("review");
        review.put("status", trace.review().status().name().toLowerCase(Locale.ROOT));
        ArrayNode tags = review.putArray("tags");
        trace.review().tags().forEach(tags::add);
        review.put("note", trace.review().note());
        node.set("extras", trace.extras().toObjectNode());
        return node;
    }

    private static ObjectNode encodeTurn(Turn turn) {
        ObjectNode node = NODES.objectNode();
        node.put("role", turn.role().wireName());
        ArrayNode content = node.putArray("content");
        turn.content().forEach(c -> content.add(StudioPartsCodec.encodeContent(c)));
        putExtras(node, turn.extras());
        return node;
    }

    private static Turn decodeTurn(JsonNode json, String at) throws FormatException {
        ObjectNode node = object(json, at);
        String roleName = text(node, "role", at);
        Role role;
        try {
            role = Role.fromWireName(roleName);
        } catch (IllegalArgumentException e) {
            throw new FormatException(path(at, "role"), e.getMessage());
        }
        ArrayNode items = array(node, "content", at);
        List<Content> content = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            content.add(StudioPartsCodec.decodeContent(items.get(i), index(path(at, "content"), i)));
        }
        return new Turn(role, content, extras(node, TURN_FIELDS, at));
    }

    private static Review decodeReview(JsonNode json) throws FormatException {
        ObjectNode node = object(json, "review");
        String status = text(node, "status", "review");
        ReviewStatus parsed = null;
        for (ReviewStatus candidate : ReviewStatus.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).equals(status)) {
                parsed = candidate;
            }
        }
        if (parsed == null) {
            throw new FormatException("review.status", "unknown review status '" + status
                    + "' (expected unreviewed, accepted, rejected or needs_fix)");
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!REVIEW_FIELDS.contains(name)) {
                throw new FormatException("review." + name, "unknown field '" + name
                        + "' (review has no extras in schema " + SCHEMA + ")");
            }
        }
        return new Review(parsed, textList(node, "tags", "review"), text(node, "note", "review"));
    }
}
