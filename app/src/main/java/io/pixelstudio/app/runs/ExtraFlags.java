package io.pixelstudio.app.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The launch form's one-line text of a spec's {@code hyperparameters.extra} flags:
 * {@code key=value, key=value}. Why text: recipes each read their own flags (the embedded engine's
 * {@code sft_epochs}, {@code probe_count} …) and the form should not need a field per recipe.
 */
final class ExtraFlags {

    private ExtraFlags() {
    }

    /** The flags in {@code text}; each malformed entry adds a problem naming it. */
    static Map<String, String> parse(String text, List<String> problems) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return flags;
        }
        for (String entry : text.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                problems.add("extra settings: '" + item + "' is not key=value");
                continue;
            }
            String key = item.substring(0, eq).strip();
            if (flags.put(key, item.substring(eq + 1).strip()) != null) {
                problems.add("extra settings: " + key + " is given twice");
            }
        }
        return flags;
    }

    /** {@code flags} as the form shows them, keys sorted. */
    static String format(Map<String, String> flags) {
        return new TreeMap<>(flags).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
