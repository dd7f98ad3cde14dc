package io.pixelstudio.bridge.engine.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the frame policy turns head outputs into choices: a class from a softmax (greedy arg-max or
 * a sample), and a selection of {@value FrameInput#SELECTED} distinct frames (top two, or two
 * draws without replacement). Also the pair of frames a synthesized selection teaches, so that
 * teacher forcing shows the policy the views its own action would have returned.
 */
public final class FrameChoice {

    private FrameChoice() {
    }

    /** The arg-max of {@code logits} (greedy, {@code random} null) or a sample from their softmax. */
    public static int one(float[] logits, Random random) {
        return one(logits, random, Set.of());
    }

    /**
     * The frames (1-based) a selection picks: {@value FrameInput#SELECTED} distinct ones, in the
     * order chosen; the call lists them ascending.
     */
    public static List<Integer> frames(float[] logits, Random random) {
        Set<Integer> taken = new TreeSet<>();
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(FrameInput.SELECTED, logits.length)) {
            int i = one(logits, random, taken);
            taken.add(i);
            chosen.add(i + 1);
        }
        return List.copyOf(chosen);
    }

    /**
     * The {@value FrameInput#SELECTED} frames (ascending) a trace's selection {@code selected}
     * teaches: its evidence frames first, then its other frames, in order; fewer when it selected fewer.
     */
    public static List<Integer> taughtPair(List<Integer> selected, List<Integer> evidence) {
        List<Integer> ordered = new ArrayList<>();
        selected.stream().filter(evidence::contains).forEach(ordered::add);
        selected.stream().filter(n -> !evidence.contains(n)).forEach(ordered::add);
        return ordered.stream().distinct().limit(FrameInput.SELECTED).sorted().toList();
    }

    private static int one(float[] logits, Random random, Set<Integer> excluded) {
        int best = -1;
        for (int i = 0; i < logits.length; i++) {
            if (!excluded.contains(i) && (best < 0 || logits[i] > logits[best])) {
                best = i;
            }
        }
        if (random == null) {
            return best;
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = excluded.contains(i) ? 0 : Math.exp(logits[i] - logits[best]);
            sum += p[i];
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (p[i] > 0 && u <= 0) {
                return i;
            }
        }
        return best;
    }
}
