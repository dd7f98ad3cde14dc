package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.ops.ToolCallWriter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one array argument ({@code bbox_2d}, {@code target_frames}) inside a tool call's JSON text
 * in place, so key order, spacing and the other arguments stay as the model wrote them. When the
 * text cannot be patched safely (the array is not a flat literal, or the patched call would not parse
 * back to the intended operation) the whole call is written in the reference's canonical form.
 */
final class ArgumentText {

    private ArgumentText() {
    }

    /** The array literal given for {@code name} (brackets included), if the JSON has a flat one. */
    static Optional<String> array(String json, String name) {
        Matcher m = pattern(name).matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** How the old array separates values: {@code ", "} (Python's default) unless it used a bare comma. */
    static String separator(Optional<String> oldArray) {
        return oldArray.filter(a -> a.contains(",") && !a.contains(", ")).map(a -> ",").orElse(", ");
    }

    /**
     * {@code json} with the array of {@code name} replaced by {@code arrayText}, provided the result
     * parses to {@code intended}; otherwise the canonical JSON of {@code intended}.
     */
    static String replace(String json, String name, String arrayText, VisualOperation intended) {
        Matcher m = pattern(name).matcher(json);
        if (m.find()) {
            String patched = json.substring(0, m.start(1)) + arrayText + json.substring(m.end(1));
            if (parsesTo(patched, intended)) {
                return patched;
            }
        }
        return ToolCallWriter.writeJson(intended);
    }

    /** Digits after the decimal point in the most precise value of an array literal (0 when all are integers). */
    static int decimals(String arrayText) {
        int most = 0;
        for (String value : List.of(arrayText.replaceAll("[\\[\\]\\s]", "").split(","))) {
            String mantissa = value.split("[eE]")[0];
            int dot = mantissa.indexOf('.');
            if (dot >= 0) {
                most = Math.max(most, Math.max(1, mantissa.length() - dot - 1));
            }
        }
        return most;
    }

    private static boolean parsesTo(String json, VisualOperation intended) {
        return ToolCallParser.parseJson(json) instanceof ToolCall.Valid valid && valid.operation().equals(intended);
    }

    private static Pattern pattern(String name) {
        return Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\[[^\\[\\]{}\"]*\\])");
    }
}
