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
}
