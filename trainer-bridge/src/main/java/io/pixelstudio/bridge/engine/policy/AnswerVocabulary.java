package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.bridge.engine.probes.QuestionKind;
import io.pixelstudio.bridge.engine.probes.VideoProbeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers a policy can give: the union of every question kind's answers, in kind order. Why
 * one head for all kinds: the question kind is an input, so one classifier learns which answers
 * fit it. Serves the image policy ({@link #probes}) and the frame policy ({@link #videoProbes}).
 */
public final class AnswerVocabulary {

    private final List<QuestionKind> kinds;
    private final List<String> answers;

    private AnswerVocabulary(List<? extends QuestionKind> kinds) {
        this.kinds = List.copyOf(kinds);
        Set<String> all = new LinkedHashSet<>();
        for (QuestionKind kind : this.kinds) {
            all.addAll(kind.answers());
        }
        this.answers = List.copyOf(new ArrayList<>(all));
    }

    /** Every answer of {@code kinds}, in their order. */
    public static AnswerVocabulary of(List<? extends QuestionKind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no question kinds");
        }
        return new AnswerVocabulary(kinds);
    }

    /** Every image probe answer. */
    public static AnswerVocabulary probes() {
        return of(List.of(ProbeKind.values()));
    }

    /** Every video probe answer. */
    public static AnswerVocabulary videoProbes() {
        return of(List.of(VideoProbeKind.values()));
    }

    public int size() {
        return answers.size();
    }

    /** The class of {@code answer}, or -1 when it is no known answer. */
    public int indexOf(String answer) {
        return answers.indexOf(answer);
    }

    public String answer(int index) {
        return answers.get(index);
    }

    /**
     * Per question kind (rows in the kinds' order), what is added to each answer's logit: 0 for the
     * kind's own answers, {@code masked} for the others. Why: the question names its kind, so a
     * digit question cannot be answered "red"; the policy only learns which of the kind's answers.
     */
    public float[] kindMask(float masked) {
        float[] mask = new float[kinds.size() * answers.size()];
        for (int k = 0; k < kinds.size(); k++) {
            for (int a = 0; a < answers.size(); a++) {
                mask[k * answers.size() + a] = kinds.get(k).answers().contains(answers.get(a)) ? 0f : masked;
            }
        }
        return mask;
    }
}
