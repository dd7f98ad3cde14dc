package io.pixelstudio.trace.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A parsed query: terms separated by spaces must all match, {@code OR} between them offers
 * alternatives (it binds looser than the implicit AND), {@code -term} negates, parentheses group.
 * Parsed once into a predicate; the terms are in {@link QueryTerms} and docs/curation.md. A query
 * that cannot be parsed throws {@link QueryException} with the column of the offending term.
 */
public final class TraceQuery implements Predicate<TraceFacts> {

    private static final TraceQuery ALL = new TraceQuery("", f -> true);

    private final String text;
    private final Predicate<TraceFacts> predicate;

    private TraceQuery(String text, Predicate<TraceFacts> predicate) {
        this.text = text;
        this.predicate = predicate;
    }

    /** Matches every trace. */
    public static TraceQuery all() {
        return ALL;
    }

    /**
     * Parses {@code text}; blank text matches every trace.
     *
     * @throws QueryException when the query is malformed (the message and {@link QueryException#column()} say where)
     */
    public static TraceQuery parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return ALL;
        }
        Parser parser = new Parser(QueryToken.tokenize(text), text.length());
        Predicate<TraceFacts> predicate = parser.or();
        if (parser.more()) {
            QueryToken extra = parser.peek();
            throw new QueryException(extra.column(), "unexpected '" + extra.text() + "'");
        }
        return new TraceQuery(text, predicate);
    }

    @Override
    public boolean test(TraceFacts facts) {
        return predicate.test(facts);
    }

    /** The query as written. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Recursive descent: or := and (OR and)*; and := unary+; unary := - unary | ( or ) | term. */
    private static final class Parser {
        private final List<QueryToken> tokens;
        private final int end;
        private int at;

        Parser(List<QueryToken> tokens, int length) {
            this.tokens = tokens;
            this.end = length + 1;
        }

        boolean more() {
            return at < tokens.size();
        }

        QueryToken peek() {
            return tokens.get(at);
        }

        Predicate<TraceFacts> or() {
            List<Predicate<TraceFacts>> alternatives = new ArrayList<>();
            alternatives.add(and());
            while (more() && peek().kind() == QueryToken.Kind.OR) {
                at++;
                alternatives.add(and());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Predicate<TraceFacts>[] any = toArray(alternatives);
            return f -> {
                for (Predicate<TraceFacts> p : any) {
                    if (p.test(f)) {
                        return true;
                    }
                }
                return false;
            };
        }

        private Predicate<TraceFacts> and() {
            List<Predicate<TraceFacts>> terms = new ArrayList<>();
            while (more() && peek().kind() != QueryToken.Kind.OR && peek().kind() != QueryToken.Kind.CLOSE) {
                terms.add(unary());
            }
            if (terms.isEmpty()) {
                int column = more() ? peek().column() : end;
                throw new QueryException(column, more() ? "a term is missing before '" + peek().text() + "'"
                        : "a term is missing at the end");
            }
            if (terms.size() == 1) {
                return terms.get(0);
            }
            Predicate<TraceFacts>[] all = toArray(terms);
            return f -> {
                for (Predicate<TraceFacts> p : all) {
                    if (!p.test(f)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private Predicate<TraceFacts> unary() {
            QueryToken token = tokens.get(at++);
            switch (token.kind()) {
                case NOT:
                    if (!more()) {
                        throw new QueryException(token.column(), "'-' needs a term after it");
                    }
                    return unary().negate();
                case OPEN:
                    Predicate<TraceFacts> inner = or();
                    if (!more() || peek().kind() != QueryToken.Kind.CLOSE) {
                        throw new QueryException(token.column(), "'(' is not closed");
                    }
                    at++;
                    return inner;
                case PHRASE:
                    return QueryTerms.phrase(token);
                case WORD:
                    return QueryTerms.word(token);
                default:
                    throw new QueryException(token.column(), "unexpected '" + token.text() + "'");
            }
        }

        @SuppressWarnings("unchecked")
        private static Predicate<TraceFacts>[] toArray(List<Predicate<TraceFacts>> list) {
            return list.toArray(new Predicate[0]);
        }
    }
}
