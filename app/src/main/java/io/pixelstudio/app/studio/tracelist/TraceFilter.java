package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.trace.ReviewStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace list's filter language, parsed once per keystroke into a predicate that is cheap per
 * row. Whitespace-separated terms must all match:
 * <ul>
 * <li>{@code status:accepted|rejected|needs-fix|unreviewed}</li>
 * <li>{@code tag:x} — the trace has tag x (case-insensitive)</li>
 * <li>{@code ops>N}, {@code ops=N}, {@code ops<N} — number of tool calls</li>
 * <li>{@code zoom}, {@code frames}, {@code invalid} — has a zoom-in / select-frames / invalid call</li>
 * <li>anything else — free text, found in the id, question, answers or tags</li>
 * </ul>
 * A malformed term (an unknown status, {@code ops>x}) is reported in {@link #problems()} and ignored.
 */
public final class TraceFilter {

    private static final Pattern OPS = Pattern.compile("ops([<>=])(\\d+)");

    private final Predicate<TraceRow> predicate;
    private final List<String> problems;

    private TraceFilter(Predicate<TraceRow> predicate, List<String> problems) {
        this.predicate = predicate;
        this.problems = List.copyOf(problems);
    }

    /** Parses {@code text}; blank text matches every row. */
    public static TraceFilter parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Predicate<TraceRow>> terms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String term = raw.toLowerCase(Locale.ROOT);
            Predicate<TraceRow> parsed = term(term, problems);
            if (parsed != null) {
                terms.add(parsed);
            }
        }
        Predicate<TraceRow> all = row -> {
            for (Predicate<TraceRow> p : terms) {
                if (!p.test(row)) {
                    return false;
                }
            }
            return true;
        };
        return new TraceFilter(terms.isEmpty() ? row -> true : all, problems);
    }

    private static Predicate<TraceRow> term(String term, List<String> problems) {
        if (term.startsWith("status:")) {
            String name = term.substring("status:".length());
            for (ReviewStatus status : ReviewStatus.values()) {
                if (statusName(status).equals(name)) {
                    return row -> row.status() == status;
                }
            }
            problems.add("unknown status '" + name + "' (accepted, rejected, needs-fix, unreviewed)");
            return null;
        }
        if (term.startsWith("tag:")) {
            String tag = term.substring("tag:".length());
            return row -> row.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag));
        }
        if (term.startsWith("ops")) {
            Matcher m = OPS.matcher(term);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(2));
                return switch (m.group(1)) {
                    case ">" -> row -> row.opCount() > n;
                    case "<" -> row -> row.opCount() < n;
                    default -> row -> row.opCount() == n;
                };
            }
            if (term.length() > 3 && "<>=".indexOf(term.charAt(3)) >= 0) {
                problems.add("'" + term + "': write ops>N, ops=N or ops<N with a whole number");
                return null;
            }
        }
        return switch (term) {
            case "zoom" -> row -> row.zoomCount() > 0;
            case "frames" -> row -> row.frameCount() > 0;
            case "invalid" -> row -> row.invalidCount() > 0 || row.problem().isPresent();
            default -> row -> row.searchText().contains(term);
        };
    }

    /** The filter-language name of a status: lower case, {@code -} for {@code _}. */
    public static String statusName(ReviewStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when {@code row} passes. */
    public boolean test(TraceRow row) {
        return predicate.test(row);
    }

    /** The predicate, for a {@code FilteredList}. */
    public Predicate<TraceRow> predicate() {
        return predicate;
    }

    /** Terms that could not be understood, as messages. */
    public List<String> problems() {
        return problems;
    }
}
