package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pixelstudio.trace.format.FormatException;

import java.util.regex.Pattern;

/**
 * Record identifiers: a {@code qid} (or {@code id}) field when the record has one, else one derived
 * from the record's position ({@code sft-7}, {@code rl-7}). Derived ids are never written back, so
 * a file without ids stays without ids; a numeric id is written back as a number.
 */
final class RecordIds {

    static final String NUMBER_HINT = "idShape";

    private RecordIds() {
    }

    static String derived(String prefix, int recordIndex) {
        return prefix + "-" + recordIndex;
    }

    static boolean isDerived(String prefix, String id) {
        return Pattern.matches(Pattern.quote(prefix) + "-\\d+", id);
    }

    /** The id text of {@code value}; numbers keep their digits. */
    static String decode(JsonNode value, String path) throws FormatException {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        throw new FormatException(path, "id must be a string or an integer, found " + JsonKinds.describe(value));
    }

    static JsonNode encode(String id, boolean asNumber) {
        if (asNumber) {
            JsonNode number = AnswerField.number(id);
            if (number != null && number.isIntegralNumber()) {
                return number;
            }
        }
        return TextNode.valueOf(id);
    }
}
