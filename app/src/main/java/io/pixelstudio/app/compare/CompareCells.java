package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreSummary;

import java.util.Locale;
import java.util.Optional;

/**
 * The text of the compare tables' cells, in one place so the summary table, the per-sample table
 * and their tests agree: scores in percent with the bootstrap interval, deltas signed with the
 * paired interval, McNemar p with four decimals, answers marked right or wrong.
 */
public final class CompareCells {

    private final Messages messages;

    public CompareCells(Messages messages) {
        this.messages = messages;
    }

    /** {@code 72.5 [65.0, 80.0]} (percent, 95% interval); a dash when the run has no item there. */
    public String score(Optional<ScoreSummary> summary) {
        return summary.map(s -> String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", s.mean() * 100,
                s.interval().low() * 100, s.interval().high() * 100)).orElse(messages.get("compare.cell.missing"));
    }

    /** {@code +2.5 [-1.0, +6.0]} (percentage points, paired interval); a dash when there is no pair. */
    public String delta(Optional<PairedComparison> comparison) {
        return comparison.map(c -> String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", c.delta() * 100,
                c.interval().low() * 100, c.interval().high() * 100)).orElse(messages.get("compare.cell.missing"));
    }

    /** The exact McNemar p, or a dash for metrics that are not right/wrong. */
    public String mcnemar(Optional<PairedComparison> comparison) {
        return comparison.filter(c -> c.mcnemarP().isPresent())
                .map(c -> String.format(Locale.ROOT, "%.4f", c.mcnemarP().getAsDouble()))
                .orElse(messages.get("compare.cell.missing"));
    }

    /** {@code ✓ A}, {@code ✗ 12 (0.40)} with a verdict tag for unfaithful answers; a dash when absent. */
    public String answer(Optional<RunSample> sample) {
        if (sample.isEmpty()) {
            return messages.get("compare.cell.missing");
        }
        RunSample s = sample.get();
        StringBuilder text = new StringBuilder(s.score().correct() ? "\u2713 " : "\u2717 ");
        text.append(s.score().extracted().isEmpty() ? "\u2205" : s.score().extracted());
        double score = s.score().score();
        if (score != 0 && score != 1) {
            text.append(String.format(Locale.ROOT, " (%.2f)", score));
        }
        s.verdict().filter(v -> v == FaithfulnessVerdict.LUCKY_CORRECT)
                .ifPresent(v -> text.append(" \u00b7 ").append(messages.get("compare.verdict.lucky")));
        s.verdict().filter(v -> v == FaithfulnessVerdict.BLIND_WRONG)
                .ifPresent(v -> text.append(" \u00b7 ").append(messages.get("compare.verdict.blind")));
        return text.toString();
    }
}
