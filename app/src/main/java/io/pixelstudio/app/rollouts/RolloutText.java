package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How the rollout screen writes its numbers: rewards with four decimals and an explicit sign (so a
 * small negative advantage is never read as positive), shares as percentages. One place, so the
 * grid, the list and the tests agree on the text.
 */
final class RolloutText {

    private RolloutText() {
    }

    /** A reward term, e.g. {@code +0.0250}, {@code -0.1000}, {@code +0.0000}. */
    static String signed(double v) {
        double shown = Math.abs(v) < 5e-5 ? 0.0 : v;
        return String.format(Locale.ROOT, "%+.4f", shown);
    }

    /** A share in [0, 1] as a percentage with no decimals, e.g. {@code 38%}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A RaPR, e.g. {@code 0.25}. */
    static String rapr(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** The stored reward or a dash. */
    static String stored(OptionalDouble stored) {
        return stored.isPresent() ? signed(stored.getAsDouble()) : "\u2014";
    }

    /** The outcome's name. */
    static String outcome(Messages messages, RolloutCard.Outcome outcome) {
        return messages.get("rollouts.outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }
}
