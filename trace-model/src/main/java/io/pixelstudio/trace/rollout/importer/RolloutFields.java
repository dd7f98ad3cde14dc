package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Typed reads of dump fields that name the field when it has the wrong type. */
final class RolloutFields {

    private RolloutFields() {
    }

    static String text(JsonNode record, String field) throws RolloutLineException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw new RolloutLineException(field, "missing field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new RolloutLineException(field, "'" + field + "' must be a string, found " + value.getNodeType());
        }
        return value.asText();
    }

    static Optional<String> optionalText(JsonNode record, String field) throws RolloutLineException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        throw new RolloutLineException(field, "'" + field + "' must be a string or an integer, found "
                + value.getNodeType());
    }

    static OptionalDouble number(JsonNode record, String field) throws RolloutLineException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (value.isBoolean()) {
            return OptionalDouble.of(value.asBoolean() ? 1 : 0);
        }
        if (!value.isNumber()) {
            throw new RolloutLineException(field, "'" + field + "' must be a number, found " + value.getNodeType());
        }
        return OptionalDouble.of(value.asDouble());
    }

    static double requiredNumber(JsonNode record, String field) throws RolloutLineException {
        OptionalDouble value = number(record, field);
        if (value.isEmpty()) {
            throw new RolloutLineException(field, "missing field '" + field + "'");
        }
        return value.getAsDouble();
    }

    /** A non-negative whole count stored as a number (the reference writes counts as floats). */
    static int count(JsonNode record, String field) throws RolloutLineException {
        OptionalDouble value = number(record, field);
        if (value.isEmpty()) {
            return 0;
        }
        double d = value.getAsDouble();
        if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new RolloutLineException(field, "'" + field + "' must be a non-negative whole number: " + d);
        }
        return (int) d;
    }

    /** 1, 0 or −1, the reference's correctness convention. */
    static double correctness(double value, String field) throws RolloutLineException {
        if (value != 1 && value != 0 && value != -1) {
            throw new RolloutLineException(field, "'" + field + "' must be 1, 0 or -1: " + value);
        }
        return value;
    }

    /** Ground truths as a list: a string, a list of strings or numbers, or null (none known). */
    static List<String> answers(JsonNode record, String field) throws RolloutLineException {
        JsonNode value = record.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new RolloutLineException(field, "'" + field + "' items must be strings or numbers");
                }
                out.add(item.asText());
            }
            return out;
        }
        if (value.isValueNode()) {
            out.add(value.asText());
            return out;
        }
        throw new RolloutLineException(field, "'" + field + "' must be a string or a list, found " + value.getNodeType());
    }
}
