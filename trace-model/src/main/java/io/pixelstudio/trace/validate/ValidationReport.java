package io.pixelstudio.trace.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All findings of one validation run, with counts by severity; {@link #hasErrors()} decides the
 * exit code of {@code pixelstudio validate}.
 */
public record ValidationReport(List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** Number of findings of each severity (every severity present, zero when none). */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        return counts;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings of one rule, in order. */
    public List<Finding> byRule(Rule rule) {
        return findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
    }
}
