package io.pixelstudio.bridge.process;

import io.pixelstudio.bridge.events.RunEvent;

import java.util.Optional;

/**
 * Turns a line some trainer writes in its own format (LLaMA-Factory's {@code trainer_log.jsonl},
 * the Hugging Face Trainer's printed log dicts) into a studio event, so external recipes feed the
 * same charts as the studio's own runner. Empty for a line that carries nothing to chart.
 */
@FunctionalInterface
public interface LineConverter {

    Optional<RunEvent> convert(long line, String text);
}
