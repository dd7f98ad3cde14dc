package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.process.LineConverter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the log dicts the Hugging Face {@code Trainer} prints (the Pixel Reasoner SFT script's only
 * progress output), e.g. <code>{'loss': 0.4121, 'grad_norm': 3.2, 'learning_rate': 1e-06, 'epoch': 0.05}</code>,
 * into metrics events. The Trainer prints no step, so steps count the dicts seen (one per
 * {@code logging_steps}, which the recipe sets to 1); the closing summary dict (no {@code loss}) is not a
 * step. {@code learning_rate} is reported as {@code lr}.
 */
public final class HfTrainerLogConverter implements LineConverter {

    private static final Pattern DICT = Pattern.compile("^\\s*\\{('[^']+':\\s*[^,}]+(,\\s*)?)+}\\s*$");
    private static final Pattern ENTRY = Pattern.compile("'([^']+)':\\s*([^,}]+)");
    private final AtomicLong steps = new AtomicLong();

    @Override
    public Optional<RunEvent> convert(long line, String text) {
        if (!DICT.matcher(text).matches()) {
            return Optional.empty();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(text);
        while (entry.find()) {
            Double value = number(entry.group(2).strip());
            if (value != null) {
                values.put(entry.group(1).equals("learning_rate") ? "lr" : entry.group(1), value);
            }
        }
        if (!values.containsKey("loss")) {
            return Optional.empty();
        }
        return Optional.of(new RunEvent.Metrics(line, steps.incrementAndGet(), values));
    }

    private static Double number(String text) {
        switch (text) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.valueOf(text);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}
