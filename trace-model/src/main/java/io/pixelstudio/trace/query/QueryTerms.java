package io.pixelstudio.trace.query;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.curation.SetVerdict;
import io.pixelstudio.trace.validate.Rule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Turns one word of a query into a predicate over {@link TraceFacts}. Everything that depends on
 * the term (lower-casing, number parsing, rule lookup) happens here, once, so the predicate only
 * reads fields. docs/curation.md is the reference of the terms.
 */
final class QueryTerms {

    private static final List<String> RULE_IDS = Arrays.stream(Rule.values()).map(Rule::id).toList();

    private QueryTerms() {
    }

    static Predicate<TraceFacts> word(QueryToken token) {
        String raw = token.text();
        String lower = raw.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        if (colon > 0) {
            String key = lower.substring(0, colon);
            String value = unquote(raw.substring(colon + 1));
            int valueColumn = token.column() + colon + 1;
            switch (key) {
                case "status": return status(value, valueColumn);
                case "tag": return tag(value, valueColumn);
                case "source": return contains(TraceFacts::source, value, valueColumn, "source");
                case "note": return contains(TraceFacts::note, value, valueColumn, "note");
                case "id": return contains(TraceFacts::id, value, valueColumn, "id");
                case "op": return operation(value, valueColumn);
                case "finding": return finding(value, valueColumn);
                case "has": return has(value, valueColumn);
                default:
                    if (!key.contains("\"")) {
                        throw new QueryException(token.column(), "unknown field '" + key + ":' (status, tag, source,"
                                + " note, id, op, finding, has)");
                    }
            }
        }
        if (lower.startsWith("ops") && lower.length() > 3 && "<>=".indexOf(lower.charAt(3)) >= 0) {
            return compare(TraceFacts::opCount, lower.substring(3), token.column() + 3, "ops");
        }
        if (lower.startsWith("box") && lower.length() > 3 && "<>=".indexOf(lower.charAt(3)) >= 0) {
            return box(lower.substring(3), token.column() + 3);
        }
        return switch (lower) {
            case "zoom" -> f -> f.zoomCount() > 0;
            case "frames" -> f -> f.frameCount() > 0;
            case "invalid" -> TraceFacts::invalid;
            default -> {
                String text = unquote(lower);
                yield f -> f.searchText().contains(text);
            }
        };
    }

    /** A quoted phrase: free text containing the phrase. */
    static Predicate<TraceFacts> phrase(QueryToken token) {
        String text = token.text().toLowerCase(Locale.ROOT);
        return f -> f.searchText().contains(text);
    }

    private static Predicate<TraceFacts> status(String value, int column) {
        for (ReviewStatus status : ReviewStatus.values()) {
            if (SetVerdict.statusName(status).equalsIgnoreCase(value)) {
                return f -> f.status() == status;
            }
        }
        throw new QueryException(column, "unknown status '" + value + "' (accepted, rejected, needs-fix, unreviewed)");
    }

    private static Predicate<TraceFacts> tag(String value, int column) {
        requireValue(value, column, "tag");
        return f -> {
            for (String t : f.tags()) {
                if (t.equalsIgnoreCase(value)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<TraceFacts> contains(java.util.function.Function<TraceFacts, String> field, String value,
                                                  int column, String name) {
        requireValue(value, column, name);
        String needle = value.toLowerCase(Locale.ROOT);
        return f -> {
            String text = field.apply(f);
            return !text.isEmpty() && text.toLowerCase(Locale.ROOT).contains(needle);
        };
    }

    private static Predicate<TraceFacts> operation(String value, int column) {
        String lower = value.toLowerCase(Locale.ROOT);
        int op = 0;
        while (op < lower.length() && "<>=".indexOf(lower.charAt(op)) < 0) {
            op++;
        }
        String kind = lower.substring(0, op);
        ToIntFunction<TraceFacts> count = switch (kind) {
            case "zoom", "zoom-in", "crop_image_normalized" -> TraceFacts::zoomCount;
            case "frames", "select-frames", "select_frames" -> TraceFacts::frameCount;
            case "invalid" -> TraceFacts::invalidCount;
            case "any" -> TraceFacts::opCount;
            default -> throw new QueryException(column, "unknown operation '" + kind + "' (zoom, frames, invalid, any)");
        };
        if (op == lower.length()) {
            return f -> count.applyAsInt(f) > 0;
        }
        return compare(count, lower.substring(op), column + op, "op:" + kind);
    }

    private static Predicate<TraceFacts> compare(ToIntFunction<TraceFacts> count, String comparison, int column,
                                                 String name) {
        Comparison c = Comparison.parse(comparison, column, name);
        int n;
        try {
            n = Integer.parseInt(c.number());
        } catch (NumberFormatException e) {
            throw new QueryException(c.numberColumn(), "'" + name + comparison + "': write a whole number after "
                    + c.operator());
        }
        return switch (c.operator()) {
            case ">" -> f -> count.applyAsInt(f) > n;
            case ">=" -> f -> count.applyAsInt(f) >= n;
            case "<" -> f -> count.applyAsInt(f) < n;
            case "<=" -> f -> count.applyAsInt(f) <= n;
            default -> f -> count.applyAsInt(f) == n;
        };
    }

    private static Predicate<TraceFacts> box(String comparison, int column) {
        Comparison c = Comparison.parse(comparison, column, "box");
        double share;
        try {
            share = Double.parseDouble(c.number());
        } catch (NumberFormatException e) {
            share = Double.NaN;
        }
        if (!(share >= 0 && share <= 1)) {
            throw new QueryException(c.numberColumn(), "'box" + comparison + "': write a share of the image area"
                    + " between 0 and 1, e.g. box<0.05");
        }
        double x = share;
        return switch (c.operator()) {
            case "<" -> f -> f.smallestBoxArea() < x;
            case "<=" -> f -> f.smallestBoxArea() <= x;
            case ">" -> f -> f.largestBoxArea() > x;
            case ">=" -> f -> f.largestBoxArea() >= x;
            default -> throw new QueryException(column, "box takes <, <=, > or >=, not " + c.operator());
        };
    }

    private static Predicate<TraceFacts> finding(String value, int column) {
        String id = value.toLowerCase(Locale.ROOT);
        if (id.equals("any")) {
            return f -> !f.findingRules().isEmpty();
        }
        List<String> matching = RULE_IDS.stream().filter(r -> r.equals(id) || r.startsWith(id + ".")).toList();
        if (matching.isEmpty()) {
            throw new QueryException(column, "unknown rule '" + value + "' (one of " + String.join(", ", RULE_IDS)
                    + ", a prefix such as box, or any)");
        }
        return f -> {
            for (String rule : f.findingRules()) {
                if (matching.contains(rule)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<TraceFacts> has(String value, int column) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "evidence" -> TraceFacts::hasEvidence;
            case "note" -> f -> !f.note().isEmpty();
            case "tags", "tag" -> f -> !f.tags().isEmpty();
            case "findings", "finding" -> f -> !f.findingRules().isEmpty();
            default -> throw new QueryException(column, "unknown has:" + value + " (evidence, note, tags, findings)");
        };
    }

    private static void requireValue(String value, int column, String name) {
        if (value.isEmpty()) {
            throw new QueryException(column, name + ": needs a value");
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** An operator and the number after it, with the number's column. */
    private record Comparison(String operator, String number, int numberColumn) {
        static Comparison parse(String text, int column, String name) {
            int end = 0;
            while (end < text.length() && "<>=".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            String operator = text.substring(0, end);
            if (!List.of("<", "<=", ">", ">=", "=").contains(operator)) {
                throw new QueryException(column, "'" + name + text + "': use <, <=, >, >= or =");
            }
            if (end == text.length()) {
                throw new QueryException(column + end, "'" + name + text + "': a number is missing after " + operator);
            }
            return new Comparison(operator, text.substring(end), column + end);
        }
    }
}
