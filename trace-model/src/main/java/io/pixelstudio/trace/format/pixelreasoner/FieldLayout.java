package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Extras;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bookkeeping that lets a Pixel Reasoner object (record, message or content item) be written
 * back exactly as it was read. Fields the domain models (a message's {@code role}, a record's
 * {@code qid}) are not kept in {@link Extras}, so their position among the unknown fields and the
 * JSON shape they had (a string or a list of answers) would be lost. When, and only when, the
 * object differs from the default layout (modeled fields first, in their canonical order, then the
 * unknown ones), the extras carry one reserved entry {@value #KEY} holding {@code order} (every key
 * of the original object, in order) and any shape hints. Objects the studio creates have none.
 */
final class FieldLayout {

    /** Reserved extras key; other formats should not export it. */
    static final String KEY = "pixelreasoner:layout";

    private static final String ORDER = "order";

    private final List<String> order;
    private final Map<String, String> hints;

    private FieldLayout(List<String> order, Map<String, String> hints) {
        this.order = order == null ? null : List.copyOf(order);
        this.hints = new LinkedHashMap<>(hints);
    }

    /** No order, no hints. */
    static FieldLayout none() {
        return new FieldLayout(null, Map.of());
    }

    /** The layout stored in {@code extras}, or {@link #none()}. */
    static FieldLayout from(Extras extras) {
        Optional<JsonNode> stored = extras.get(KEY);
        if (stored.isEmpty() || !stored.get().isObject()) {
            return none();
        }
        JsonNode node = stored.get();
        List<String> order = null;
        if (node.get(ORDER) instanceof ArrayNode array) {
            order = new ArrayList<>();
            for (JsonNode name : array) {
                order.add(name.asText());
            }
        }
        Map<String, String> hints = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(ORDER) && field.getValue().isTextual()) {
                hints.put(field.getKey(), field.getValue().asText());
            }
        }
        return new FieldLayout(order, hints);
    }

    /** A shape hint such as {@code answer -> list}, if stored. */
    Optional<String> hint(String name) {
        return Optional.ofNullable(hints.get(name));
    }

    /** This layout with one more hint. */
    FieldLayout withHint(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(hints);
        copy.put(name, value);
        return new FieldLayout(order, copy);
    }

    /** This layout with the original key order. */
    FieldLayout withOrder(List<String> keys) {
        return new FieldLayout(keys, hints);
    }

    Optional<List<String>> order() {
        return Optional.ofNullable(order);
    }

    /** {@code unknown} (the object's unmodeled fields) plus this layout under {@link #KEY}, when not empty. */
    Extras attachTo(ObjectNode unknown) {
        ObjectNode copy = unknown.deepCopy();
        if (order != null || !hints.isEmpty()) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            if (order != null) {
                ArrayNode names = node.putArray(ORDER);
                order.forEach(names::add);
            }
            hints.forEach(node::put);
            copy.set(KEY, node);
        }
        return Extras.of(copy);
    }

    /** The unknown fields of {@code extras}, without the layout entry. */
    static ObjectNode unknownFields(Extras extras) {
        ObjectNode fields = extras.toObjectNode();
        fields.remove(KEY);
        return fields;
    }

    /**
     * Assembles an object: with an order, keys in that order (modeled values from {@code modeled},
     * others from {@code unknown}), then unknown fields not in the order, then modeled ones not in
     * the order; without one, modeled fields first, then unknown ones. An unknown field shadows a
     * modeled one of the same name (a {@code null} answer is kept as read, not as an empty list).
     */
    ObjectNode assemble(Map<String, JsonNode> modeled, ObjectNode unknown) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (order != null) {
            for (String name : order) {
                if (unknown.has(name)) {
                    out.set(name, unknown.get(name));
                } else if (modeled.containsKey(name)) {
                    out.set(name, modeled.get(name));
                }
            }
            unknown.fields().forEachRemaining(e -> putIfAbsent(out, e.getKey(), e.getValue()));
            modeled.forEach((name, value) -> putIfAbsent(out, name, value));
        } else {
            modeled.forEach((name, value) -> out.set(name, unknown.has(name) ? unknown.get(name) : value));
            unknown.fields().forEachRemaining(e -> putIfAbsent(out, e.getKey(), e.getValue()));
        }
        return out;
    }

    private static void putIfAbsent(ObjectNode out, String name, JsonNode value) {
        if (!out.has(name)) {
            out.set(name, value);
        }
    }

    /** The key names of {@code object}, in order. */
    static List<String> keysOf(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
