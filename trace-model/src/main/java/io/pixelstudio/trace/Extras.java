package io.pixelstudio.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * JSON fields that a format carries but the domain does not model, kept verbatim and in their
 * original order so that a read → write round trip loses nothing. Immutable: the wrapped node
 * is copied on the way in and on the way out.
 */
public final class Extras {

    private static final Extras EMPTY = new Extras(JsonNodeFactory.instance.objectNode());

    private final ObjectNode fields;

    private Extras(ObjectNode fields) {
        this.fields = fields;
    }

    /** No extra fields. */
    public static Extras empty() {
        return EMPTY;
    }

    /** A defensive copy of {@code fields}; {@code null} gives {@link #empty()}. */
    public static Extras of(ObjectNode fields) {
        if (fields == null || fields.isEmpty()) {
            return EMPTY;
        }
        return new Extras(fields.deepCopy());
    }

    /** The value of one extra field, if present. The node is a copy. */
    public Optional<JsonNode> get(String name) {
        JsonNode node = fields.get(Objects.requireNonNull(name, "name"));
        return node == null ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /** Names of the extra fields, in their original order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = fields.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** This set with {@code name} set to {@code value} (appended if new, replaced in place otherwise). */
    public Extras with(String name, JsonNode value) {
        ObjectNode copy = fields.deepCopy();
        copy.set(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value").deepCopy());
        return new Extras(copy);
    }

    /** This set without {@code name}. */
    public Extras without(String name) {
        if (!fields.has(name)) {
            return this;
        }
        ObjectNode copy = fields.deepCopy();
        copy.remove(name);
        return copy.isEmpty() ? EMPTY : new Extras(copy);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** A mutable copy, for codecs that write the fields back out. */
    public ObjectNode toObjectNode() {
        return fields.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
