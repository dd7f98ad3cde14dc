package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.format.FormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Typed reads of record fields that fail with a {@link FormatException} naming the field. */
final class RecordFields {

    private RecordFields() {
    }

    static String requiredText(JsonNode record, String field) throws FormatException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw new FormatException(field, "missing field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new FormatException(field, "'" + field + "' must be a string, found " + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    static Optional<String> optionalText(JsonNode record, String field) throws FormatException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new FormatException(field, "'" + field + "' must be a string, found " + value.getNodeType().name().toLowerCase());
        }
        return Optional.of(value.asText());
    }

    static OptionalDouble optionalNumber(JsonNode record, String field) throws FormatException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (value.isBoolean()) {
            return OptionalDouble.of(value.asBoolean() ? 1 : 0);
        }
        if (!value.isNumber()) {
            throw new FormatException(field, "'" + field + "' must be a number, found " + value.getNodeType().name().toLowerCase());
        }
        return OptionalDouble.of(value.asDouble());
    }

    /**
     * Accepted answers from a ground-truth value as sources write it: a string, a number, a list of
     * those, or null (none).
     */
    static List<String> answers(JsonNode value, String field) throws FormatException {
        List<String> answers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return answers;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                answers.add(scalar(value.get(i), field + "[" + i + "]"));
            }
        } else {
            answers.add(scalar(value, field));
        }
        return answers;
    }

    private static String scalar(JsonNode value, String field) throws FormatException {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new FormatException(field, "an answer must be a string or a number, found "
                + value.getNodeType().name().toLowerCase());
    }
}
