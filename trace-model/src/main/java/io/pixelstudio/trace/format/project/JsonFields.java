package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.format.FormatException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to the fields of a studio record. Every failure names the field path
 * ({@code turns[2].content[0].type}) so the reader can turn it into a finding with file and line.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    static ObjectNode object(JsonNode node, String path) throws FormatException {
        if (node == null || !node.isObject()) {
            throw new FormatException(path, "expected a JSON object, found " + describe(node));
        }
        return (ObjectNode) node;
    }

    static JsonNode required(ObjectNode parent, String name, String parentPath) throws FormatException {
        JsonNode node = parent.get(name);
        if (node == null) {
            throw new FormatException(path(parentPath, name), "required field '" + name + "' is missing");
        }
        return node;
    }

    static String text(ObjectNode parent, String name, String parentPath) throws FormatException {
        JsonNode node = required(parent, name, parentPath);
        if (!node.isTextual()) {
            throw new FormatException(path(parentPath, name), "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /** A string field that may be missing or {@code null}; returns {@code null} then. */
    static String nullableText(ObjectNode parent, String name, String parentPath) throws FormatException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new FormatException(path(parentPath, name), "expected a string or null, found " + describe(node));
        }
        return node.textValue();
    }

    static int integer(ObjectNode parent, String name, String parentPath) throws FormatException {
        return integerValue(required(parent, name, parentPath), path(parentPath, name));
    }

    static int integerValue(JsonNode node, String path) throws FormatException {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new FormatException(path, "expected an integer, found " + describe(node));
        }
        return node.intValue();
    }

    static double number(ObjectNode parent, String name, String parentPath) throws FormatException {
        JsonNode node = required(parent, name, parentPath);
        if (!node.isNumber()) {
            throw new FormatException(path(parentPath, name), "expected a number, found " + describe(node));
        }
        return node.doubleValue();
    }

    static ArrayNode array(ObjectNode parent, String name, String parentPath) throws FormatException {
        JsonNode node = required(parent, name, parentPath);
        if (!node.isArray()) {
            throw new FormatException(path(parentPath, name), "expected a JSON array, found " + describe(node));
        }
        return (ArrayNode) node;
    }

    static List<String> textList(ObjectNode parent, String name, String parentPath) throws FormatException {
        ArrayNode array = array(parent, name, parentPath);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual()) {
                throw new FormatException(index(path(parentPath, name), i), "expected a string, found " + describe(item));
            }
            values.add(item.textValue());
        }
        return values;
    }

    static List<Integer> intList(ObjectNode parent, String name, String parentPath) throws FormatException {
        ArrayNode array = array(parent, name, parentPath);
        List<Integer> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(integerValue(array.get(i), index(path(parentPath, name), i)));
        }
        return values;
    }

    /**
     * The level's extras: the explicit {@code extras} object plus any field this build does not
     * know. Unknown fields are kept rather than dropped; they are written back inside {@code extras}.
     */
    static Extras extras(ObjectNode node, Set<String> known, String parentPath) throws FormatException {
        JsonNode explicit = node.get("extras");
        ObjectNode merged = explicit == null || explicit.isNull()
                ? node.objectNode()
                : object(explicit, path(parentPath, "extras")).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (known.contains(field.getKey()) || field.getKey().equals("extras")) {
                continue;
            }
            if (merged.has(field.getKey())) {
                throw new FormatException(path(parentPath, field.getKey()),
                        "unknown field '" + field.getKey() + "' also appears inside 'extras'; keep only one");
            }
            merged.set(field.getKey(), field.getValue());
        }
        return Extras.of(merged);
    }

    /** Writes {@code extras} as an {@code extras} object, or nothing when there are none. */
    static void putExtras(ObjectNode target, Extras extras) {
        if (!extras.isEmpty()) {
            target.set("extras", extras.toObjectNode());
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case NULL -> "null";
            case BOOLEAN -> "the boolean " + node.booleanValue();
            case NUMBER -> "the number " + node.numberValue();
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
