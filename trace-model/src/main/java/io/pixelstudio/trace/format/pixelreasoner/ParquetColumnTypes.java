package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the Parquet (DuckDB) type of each column from the JSON values of all rows: strings
 * VARCHAR, booleans BOOLEAN, integers BIGINT, other numbers DOUBLE, lists {@code T[]} of their
 * elements' type, objects JSON. A column whose rows disagree (a string in one row, a list in
 * another) cannot be one Parquet column and is refused with its name.
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
        if (a.equals("?[]") && b.endsWith("[]")) {
            return b;
        }
        if (b.equals("?[]") && a.endsWith("[]")) {
            return a;
        }
        if (a.endsWith("[]") && b.endsWith("[]")) {
            String inner = merge(a.substring(0, a.length() - 2), b.substring(0, b.length() - 2));
            return inner == null ? null : inner + "[]";
        }
        if ((a.equals("BIGINT") && b.equals("DOUBLE")) || (a.equals("DOUBLE") && b.equals("BIGINT"))) {
            return "DOUBLE";
        }
        return null;
    }

    /** Replaces a still unknown list element type (only empty lists seen) by VARCHAR. */
    private static String settle(String type) {
        return type.replace("?", "VARCHAR");
    }
}
