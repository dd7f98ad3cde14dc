package io.pixelstudio.bridge.engine.probes;

import java.util.List;
import java.util.Optional;

/**
 * What the image ({@link ProbeKind}) and the video ({@link VideoProbeKind}) probe kinds have in
 * common: an id, a question and a closed set of answers. Why: the answer vocabulary, its per-kind
 * mask and the lookup by id serve both engines from this view.
 */
public interface QuestionKind {

    /** The kind's id, question and answers. */
    QuestionText text();

    /** The id written into items and used as the prediction category. */
    default String id() {
        return text().id();
    }

    /** The question as the trace asks it. */
    default String question() {
        return text().question();
    }

    /** Every answer this kind can have. */
    default List<String> answers() {
        return text().answers();
    }

    /**
     * The kind among {@code kinds} with this id.
     *
     * @param what what an error calls the kinds ("probe kind", "video probe kind")
     */
    static <K extends QuestionKind> K byId(K[] kinds, String id, String what) {
        for (K k : kinds) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'");
    }

    /** The kind among {@code kinds} whose question {@code question} asks (starts with), if any. */
    static <K extends QuestionKind> Optional<K> askedBy(K[] kinds, String question) {
        for (K k : kinds) {
            if (question.startsWith(k.question())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
