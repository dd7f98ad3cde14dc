package io.pixelstudio.trace.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Indexes a JSON-lines file: one record per line, blank lines allowed, {@code \n} or
 * {@code \r\n} endings. Lines are found with a byte scan; each is then checked with Jackson's
 * streaming parser without building a tree, so a malformed line is reported with its line number
 * and every other line still indexes.
 */
final class JsonLinesScanner {

    private static final int INITIAL_BUFFER = 1 << 20;

    private final JsonFactory factory;

    JsonLinesScanner(JsonFactory factory) {
        this.factory = factory;
    }

    /** Scans {@code in}, which starts {@code base} bytes into the file (after a byte-order mark). */
    void scan(InputStream in, long base, Location file, RecordTable table, List<Finding> findings,
              ScanProgress progress) throws IOException {
        byte[] buf = new byte[INITIAL_BUFFER];
        long bufBase = base;
        int filled = 0;
        int lineStart = 0;
        int scanFrom = 0;
        long lineNo = 1;
        int[] ordinal = {0};
        while (true) {
            if (filled == buf.length) {
                if (lineStart > 0) {
                    System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
                    filled -= lineStart;
                    scanFrom -= lineStart;
                    bufBase += lineStart;
                    lineStart = 0;
                } else {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
            for (int i = scanFrom; i < filled; i++) {
                if (buf[i] == '\n') {
                    line(buf, lineStart, i, bufBase, lineNo, ordinal, file, table, findings);
                    lineStart = i + 1;
                    lineNo++;
                }
            }
            scanFrom = filled;
            progress.at(bufBase + lineStart);
        }
        line(buf, lineStart, filled, bufBase, lineNo, ordinal, file, table, findings);
    }

    private void line(byte[] buf, int from, int to, long bufBase, long lineNo, int[] ordinal, Location file,
                      RecordTable table, List<Finding> findings) throws IOException {
        int start = from;
        int end = to;
        while (start < end && isBlank(buf[start])) {
            start++;
        }
        while (end > start && isBlank(buf[end - 1])) {
            end--;
        }
        if (start == end) {
            return;
        }
        int recordOrdinal = ordinal[0]++;
        try (JsonParser parser = factory.createParser(buf, start, end - start)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                findings.add(Rule.JSON_MALFORMED.finding(file.atLine(lineNo),
                        "line " + lineNo + " holds more than one JSON value (column "
                                + parser.currentTokenLocation().getColumnNr() + "); the line was skipped"));
                return;
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            findings.add(Rule.JSON_MALFORMED.finding(file.atLine(lineNo), "JSON syntax error on line " + lineNo
                    + (at == null ? "" : ", column " + (at.getColumnNr() + start - from))
                    + ": " + e.getOriginalMessage() + "; the line was skipped, the other lines still load"));
            return;
        }
        table.add(bufBase + start, bufBase + end, lineNo, recordOrdinal);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
