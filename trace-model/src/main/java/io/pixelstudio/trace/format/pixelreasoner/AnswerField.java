package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pixelstudio.trace.format.FormatException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Ground-truth answers as the reference stores them: a string, a list of strings (any counts as
 * correct), or — in some benchmark files — a bare number. The domain keeps a list of strings; the
 * shape is remembered (hint {@value #SHAPE}) only when it is not the default, a string for one
 * answer and a list otherwise, so the field is written back as it was.
 */
final class AnswerField {

    static final String SHAPE = "answerShape";
    static final String STRING = "string";
    static final String LIST = "list";
    static final String NUMBER = "number";

    /** Decoded answers and the shape hint to store, or {@code null} when the shape is the default. */
    record Decoded(List<String> answers, String shapeHint) {
    }

    private AnswerField() {
    }

    static Decoded decode(JsonNode value, String path) throws FormatException {
        if (value.isTextual()) {
            return new Decoded(List.of(value.asText()), null);
        }
        if (value.isNumber()) {
            return new Decoded(List.of(value.asText()), NUMBER);
        }
        if (value.isArray()) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual()) {
                    throw new FormatException(path + "[" + i + "]", "answers in a list must be strings, found "
                            + JsonKinds.describe(item));
                }
                answers.add(item.asText());
            }
            return new Decoded(answers, answers.size() == 1 ? LIST : null);
        }
        throw new FormatException(path, "answer must be a string, a number or a list of strings, found "
                + JsonKinds.describe(value));
    }

    static JsonNode encode(List<String> answers, String shapeHint) {
        if (answers.size() == 1) {
            String only = answers.get(0);
            if (NUMBER.equals(shapeHint)) {
                JsonNode number = number(only);
                if (number != null) {
                    return number;
                }
            }
            if (!LIST.equals(shapeHint)) {
                return TextNode.valueOf(only);
            }
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        answers.forEach(list::add);
        return list;
    }

    /** {@code text} as the JSON number Jackson reads it as, or {@code null} when it is not a number. */
    static JsonNode number(String text) {
        try {
            if (text.matches("-?\\d+")) {
                BigInteger value = new BigInteger(text);
                if (value.bitLength() < 32) {
                    return IntNode.valueOf(value.intValue());
                }
                return value.bitLength() < 64 ? LongNode.valueOf(value.longValue())
                        : JsonNodeFactory.instance.numberNode(value);
            }
            if (!text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                return null;
            }
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? DoubleNode.valueOf(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
