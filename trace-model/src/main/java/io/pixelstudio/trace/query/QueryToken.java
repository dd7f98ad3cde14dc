package io.pixelstudio.trace.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a query with its 1-based column: a word ({@code status:accepted}, {@code -tag:x},
 * {@code ops>2}), a quoted phrase, {@code (}, {@code )} or the keyword {@code OR}.
 *
 * @param kind   what the token is
 * @param text   the word or phrase (quotes removed)
 * @param column where it starts
 */
record QueryToken(Kind kind, String text, int column) {

    enum Kind { WORD, PHRASE, OPEN, CLOSE, OR, NOT }

    /** Splits {@code query} into tokens; a leading {@code -} becomes its own {@link Kind#NOT} token. */
    static List<QueryToken> tokenize(String query) {
        List<QueryToken> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new QueryToken(Kind.OPEN, "(", i + 1));
                i++;
            } else if (c == ')') {
                out.add(new QueryToken(Kind.CLOSE, ")", i + 1));
                i++;
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                out.add(new QueryToken(Kind.NOT, "-", i + 1));
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    throw new QueryException(i + 1, "unclosed quote");
                }
                out.add(new QueryToken(Kind.PHRASE, query.substring(i + 1, end), i + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != '('
                        && query.charAt(i) != ')') {
                    if (query.charAt(i) == '"') {
                        int end = query.indexOf('"', i + 1);
                        if (end < 0) {
                            throw new QueryException(i + 1, "unclosed quote");
                        }
                        i = end;
                    }
                    i++;
                }
                String word = query.substring(start, i);
                out.add(new QueryToken(word.equals("OR") ? Kind.OR : Kind.WORD, word, start + 1));
            }
        }
        return out;
    }
}
