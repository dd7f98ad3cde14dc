package io.pixelstudio.bridge.engine.probes;

import java.util.List;

/**
 * The kinds of probe question, each with its wording and its possible answers. Why these: the first
 * four hide the answer in a region far below the downsampled whole view's resolution; the last is
 * answerable from the whole image, so skipping the zoom is sometimes good enough.
 */
public enum ProbeKind implements QuestionKind {
    /** A digit drawn in a small box. */
    DIGIT("digit", "Which digit is written in the small white box?",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), true),
    /** A capital letter drawn in a small box. */
    LETTER("letter", "Which letter is written in the small white box?",
            List.of("A", "E", "H", "K", "M", "R", "T", "X"), true),
    /** The colour of a tiny square. */
    COLOUR("colour", "What colour is the tiny square?",
            List.of("red", "green", "blue", "yellow", "magenta", "cyan"), true),
    /** How many dots lie inside an outlined region. */
    DOTS("dots", "How many dots are inside the outlined box?", List.of("1", "2", "3", "4", "5"), true),
    /** The shape of the one large object. */
    SHAPE("shape", "What shape is the large object?", List.of("circle", "square", "triangle"), false);

    private final QuestionText text;
    private final boolean needsZoom;

    ProbeKind(String id, String question, List<String> answers, boolean needsZoom) {
        this.text = new QuestionText(id, question, answers);
        this.needsZoom = needsZoom;
    }

    @Override
    public QuestionText text() {
        return text;
    }

    /** True when the whole image, downsampled, is too coarse to answer. */
    public boolean needsZoom() {
        return needsZoom;
    }

    /** The kind with this id. */
    public static ProbeKind fromId(String id) {
        return QuestionKind.byId(values(), id, "probe kind");
    }
}
