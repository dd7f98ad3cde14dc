package io.pixelstudio.app.editor;

import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the validation strip shows for the trace being edited: how many errors and warnings the
 * foundation's rules find now, and the first few with the turn they point at (so a click can go
 * there). Recomputed from the reloaded trace's findings after every edit.
 *
 * @param errors   number of ERROR findings
 * @param warnings number of WARNING findings
 * @param first    the first {@code limit} ERROR/WARNING findings, errors first
 */
public record ValidationSummary(int errors, int warnings, List<Entry> first) {

    /** One finding as listed: its turn (when it has one), severity and message. */
    public record Entry(OptionalInt turn, Severity severity, String message) {
        public Entry {
            Objects.requireNonNull(turn, "turn");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    public ValidationSummary {
        first = List.copyOf(first);
    }

    /** The summary of {@code findings}, listing at most {@code limit} of them. */
    public static ValidationSummary of(List<Finding> findings, int limit) {
        List<Finding> serious = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .sorted((a, b) -> Boolean.compare(b.severity() == Severity.ERROR, a.severity() == Severity.ERROR))
                .toList();
        int errors = (int) serious.stream().filter(f -> f.severity() == Severity.ERROR).count();
        List<Entry> entries = serious.stream().limit(Math.max(0, limit))
                .map(f -> new Entry(f.location().turn(), f.severity(), f.message())).toList();
        return new ValidationSummary(errors, serious.size() - errors, entries);
    }

    /** True when nothing is wrong. */
    public boolean clean() {
        return errors == 0 && warnings == 0;
    }
}
