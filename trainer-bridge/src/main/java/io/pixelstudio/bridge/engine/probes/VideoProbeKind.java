package io.pixelstudio.bridge.engine.probes;

import java.util.List;

/**
 * The kinds of video probe question. Why these: the first three flash a small detail in one or two
 * of the 16 frames, so the answer needs the right frames at a resolution the thumbnails do not
 * have; the last is a large shape present in every frame, answerable from any of them.
 */
public enum VideoProbeKind implements QuestionKind {
    /** A digit flashes in a small white box. */
    DIGIT("digit", "Which digit flashes in the video?", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), true),
    /** A capital letter flashes in a small white box. */
    LETTER("letter", "Which letter flashes in the video?", List.of("A", "E", "H", "K", "M", "R", "T", "X"), true),
    /** A small coloured square flashes inside a white box. */
    COLOUR("colour", "What colour is the square that flashes in the video?",
            List.of("red", "green", "blue", "yellow", "magenta", "cyan"), true),
    /** The large object shown throughout. */
    SHAPE("shape", "What shape is the large object in the video?", List.of("circle", "square", "triangle"), false);

    private final QuestionText text;
    private final boolean flashes;

    VideoProbeKind(String id, String question, List<String> answers, boolean flashes) {
        this.text = new QuestionText(id, question, answers);
        this.flashes = flashes;
    }

    @Override
    public QuestionText text() {
        return text;
    }

    /** True when the evidence shows in one or two frames only; false when every frame shows it. */
    public boolean flashes() {
        return flashes;
    }

    /** The kind with this id. */
    public static VideoProbeKind fromId(String id) {
        return QuestionKind.byId(values(), id, "video probe kind");
    }
}
