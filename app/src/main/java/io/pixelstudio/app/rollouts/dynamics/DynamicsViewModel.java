package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.StepStats;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * State of the dynamics pane without any control: the steps shown (ascending), the reward
 * parameters they were computed with (for the threshold H), the step under the pointer and its
 * readout. The view draws the arrays this model hands out and forwards pointer positions in step
 * units; everything that can be wrong about the numbers is tested here without a window.
 */
public final class DynamicsViewModel {

    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<StepStats>> steps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<RewardParameters> parameters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private double[] stepAxis = new double[0];

    /** {@code messages}: the studio bundle (keys under {@code rollouts.dynamics.}). */
    public DynamicsViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages").under("rollouts.dynamics.", Locale.ROOT);
        readout.set(this.messages.get("readout.empty"));
    }

    /**
     * Shows {@code newSteps} (sorted by step; a null or empty list clears) computed under
     * {@code newParameters} (null when unknown: no threshold line).
     */
    public void show(List<StepStats> newSteps, RewardParameters newParameters) {
        List<StepStats> sorted = new ArrayList<>(newSteps == null ? List.of() : newSteps);
        sorted.forEach(s -> Objects.requireNonNull(s, "step stats"));
        sorted.sort(Comparator.comparingInt(StepStats::step));
        double[] axis = new double[sorted.size()];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = sorted.get(i).step();
        }
        stepAxis = axis;
        parameters.set(sorted.isEmpty() ? null : newParameters);
        hovered.set(-1);
        steps.set(List.copyOf(sorted));
        updateReadout();
    }

    /** The steps shown, ascending. */
    public ReadOnlyObjectProperty<List<StepStats>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public List<StepStats> steps() {
        return steps.get();
    }

    /** The reward parameters of the steps shown; null when none are shown or they are unknown. */
    public ReadOnlyObjectProperty<RewardParameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** The x values of every series: the step numbers (a fresh copy). */
    public double[] stepAxis() {
        return stepAxis.clone();
    }

    /** The y values of {@code metric}, one per step, aligned with {@link #stepAxis()}. */
    public double[] values(DynamicsMetric metric) {
        Objects.requireNonNull(metric, "metric");
        List<StepStats> shown = steps.get();
        double[] out = new double[shown.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = metric.of(shown.get(i));
        }
        return out;
    }

    /** H, where the RaPR chart draws its threshold line; empty when no parameters are known. */
    public OptionalDouble threshold() {
        RewardParameters p = parameters.get();
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p.curiosityThreshold());
    }

    /** Index of the shown step nearest to {@code step} (ties go to the earlier step); −1 when none. */
    public int nearestIndex(double step) {
        double[] axis = stepAxis;
        if (axis.length == 0 || Double.isNaN(step)) {
            return -1;
        }
        int lo = 0;
        int hi = axis.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (axis[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && step - axis[lo - 1] <= axis[lo] - step) {
            return lo - 1;
        }
        return lo;
    }

    /** The pointer is at {@code step} on a chart's x axis; NaN when it left the charts. */
    public void hoverAt(double step) {
        hovered.set(nearestIndex(step));
        updateReadout();
    }

    /** Index of the hovered step; −1 when none. */
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The hovered step's numbers as one line, or a hint when nothing is hovered. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    private void updateReadout() {
        int index = hovered.get();
        List<StepStats> shown = steps.get();
        if (index < 0) {
            readout.set(messages.get(shown.isEmpty() ? "readout.empty" : "readout.hint"));
            return;
        }
        StepStats s = shown.get(index);
        StringBuilder line = new StringBuilder(messages.get("readout.step", Integer.toString(s.step()),
                Integer.toString(s.groups()), Integer.toString(s.rollouts())));
        for (DynamicsMetric metric : DynamicsMetric.values()) {
            line.append("  \u00b7  ").append(messages.get("metric." + metric.key())).append(' ')
                    .append(format(metric.of(s)));
        }
        readout.set(line.toString());
    }

    /** A number as the readout and table show it: four decimals, locale-independent, no "-0.0000". */
    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return "-0.0000".equals(text) ? "0.0000" : text;
    }
}
