package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.probes.ProbeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers the policy can give: the union of every probe kind's answers, in kind order. Why one
 * head for all kinds: the question kind is an input, so one classifier learns which answers fit it.
 */
public final class AnswerVocabulary {

    private final List<String> answers;

    private AnswerVocabulary(List<String> answers) {
        this.answers = List.copyOf(answers);
    }

    /** Every probe answer. */
    public static AnswerVocabulary probes() {
        Set<String> all = new LinkedHashSet<>();
        for (ProbeKind kind : ProbeKind.values()) {
            all.addAll(kind.answers());
        }
        return new AnswerVocabulary(new ArrayList<>(all));
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
     * Per question kind (rows in {@link ProbeKind} order), what is added to each answer's logit: 0
     * for the kind's own answers, {@code masked} for the others. Why: the question names its kind, so
     * a digit question cannot be answered "red"; the policy only learns which of the kind's answers.
     */
    public float[] kindMask(float masked) {
        ProbeKind[] kinds = ProbeKind.values();
        float[] mask = new float[kinds.length * answers.size()];
        for (int k = 0; k < kinds.length; k++) {
            for (int a = 0; a < answers.size(); a++) {
                mask[k * answers.size() + a] = kinds[k].answers().contains(answers.get(a)) ? 0f : masked;
            }
        }
        return mask;
    }
}
