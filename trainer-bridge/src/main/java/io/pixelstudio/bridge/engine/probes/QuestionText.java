package io.pixelstudio.bridge.engine.probes;

import java.util.List;
import java.util.Objects;

/**
 * The words of a probe kind: its id (written into items, the prediction category), the question
 * as a trace asks it and every answer it can have. Why a record: the image and the video kinds
 * hold the same three facts, so {@link QuestionKind} reads them from one place.
 */
public record QuestionText(String id, String question, List<String> answers) {

    public QuestionText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
    }
}
