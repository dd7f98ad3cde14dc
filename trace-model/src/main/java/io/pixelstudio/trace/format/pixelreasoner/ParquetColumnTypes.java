package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the Parquet (DuckDB) type of each column from the JSON values of all rows: strings
 * VARCHAR, booleans BOOLEAN, integers BIGINT, other numbers DOUBLE, lists {@code T[]} of their
 * elements' type, objects JSON. A column holding both a value and lists of that value's type (an
 * {@code answer} that is a string in one row and a list in another, as JSON RL files allow) becomes
 * a list column, the single values written as one-element lists — the reference accepts both. Any
 * other disagreement cannot be one Parquet column and is refused with the column's name.
 */
final class ParquetColumnTypes {

    private ParquetColumnTypes() {
    }

    static Map<String, String> infer(List<ObjectNode> rows) throws IOException {
        Map<String, List<JsonNode>> values = new LinkedHashMap<>();
        for (ObjectNode row : rows) {
            row.fields().forEachRemaining(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, List<JsonNode>> column : values.entrySet()) {
            String type = typeOf(column.getValue());
            if (type == null) {
                throw new IOException("column '" + column.getKey() + "' mixes value kinds across rows; a Parquet"
                        + " column has one type");
            }
            types.put(column.getKey(), settle(type));
        }
        return types;
    }

    /** The common type of {@code values}, VARCHAR when all are null, or {@code null} when they disagree. */
    private static String typeOf(List<JsonNode> values) {
        String type = null;
        for (JsonNode value : values) {
            if (value.isNull()) {
                continue;
            }
            String own = own(value);
            if (own == null) {
                return null;
            }
            type = type == null ? own : merge(type, own);
            if (type == null) {
                return null;
            }
        }
        return type == null ? "VARCHAR" : type;
    }

    private static String own(JsonNode value) {
        if (value.isTextual()) {
            return "VARCHAR";
        }
        if (value.isBoolean()) {
            return "BOOLEAN";
        }
        if (value.isIntegralNumber()) {
            return "BIGINT";
        }
        if (value.isNumber()) {
            return "DOUBLE";
        }
        if (value.isObject()) {
            return "JSON";
        }
        if (value.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            String element = items.stream().allMatch(JsonNode::isNull) ? "?" : typeOf(items);
            return element == null ? null : element + "[]";
        }
        return null;
    }

    /** Two observed types as one: an unknown list element takes the other's, BIGINT widens to DOUBLE. */
    private static String merge(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        boolean aList = a.endsWith("[]");
        boolean bList = b.endsWith("[]");
        if (aList && bList) {
            if (a.equals("?[]") || b.equals("?[]")) {
                return a.equals("?[]") ? b : a;
            }
            String inner = merge(element(a), element(b));
            return inner == null ? null : inner + "[]";
        }
        if (aList || bList) {
            String list = aList ? a : b;
            String single = aList ? b : a;
            String inner = list.equals("?[]") ? single : merge(element(list), single);
            return inner == null || inner.endsWith("[]") ? null : inner + "[]";
        }
        if ((a.equals("BIGINT") && b.equals("DOUBLE")) || (a.equals("DOUBLE") && b.equals("BIGINT"))) {
            return "DOUBLE";
        }
        return null;
    }

    private static String element(String listType) {
        return listType.substring(0, listType.length() - 2);
    }

    /** {@code value} as stored in a column of {@code type}: a single value in a list column is wrapped. */
    static JsonNode conform(JsonNode value, String type) {
        if (type.endsWith("[]") && !value.isNull() && !value.isArray()) {
            return JsonNodeFactory.instance.arrayNode().add(value);
        }
        return value;
    }

    /** Replaces a still unknown list element type (only empty lists seen) by VARCHAR. */
    private static String settle(String type) {
        return type.replace("?", "VARCHAR");
    }
}
