package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.probes.VideoProbeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers the frame policy can give: the union of every video probe kind's answers, in kind
 * order. Why one head for all kinds: the question kind is an input plane.
 */
public final class FrameAnswers {

    private final List<String> answers;

    private FrameAnswers(List<String> answers) {
        this.answers = List.copyOf(answers);
    }

    /** Every video probe answer. */
    public static FrameAnswers videoProbes() {
        Set<String> all = new LinkedHashSet<>();
        for (VideoProbeKind kind : VideoProbeKind.values()) {
            all.addAll(kind.answers());
        }
        return new FrameAnswers(new ArrayList<>(all));
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
