package io.pixelstudio.trace.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Indexes a file holding one JSON list of records ({@code [ {...}, {...} ]}, pretty-printed or
 * not) with Jackson's streaming parser: each element's byte range and line are recorded and its
 * content skipped, which still checks its syntax. A JSON list cannot be resynchronised after a
 * syntax error, so the scan stops there and keeps the records before it.
 */
final class JsonListScanner {

    private final JsonFactory factory;

    JsonListScanner(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Scans {@code in}, which starts {@code base} bytes into the file (after a byte-order mark).
     */
    void scan(InputStream in, long base, Location file, RecordTable table, List<Finding> findings,
              ScanProgress progress) throws IOException {
        int ordinal = 0;
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                findings.add(Rule.JSON_MALFORMED.finding(file.atLine(1), "the file does not start with a JSON list"));
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IllegalStateException("parser returned end of input inside a list");
                }
                JsonLocation at = parser.currentTokenLocation();
                parser.skipChildren();
                long end = parser.currentLocation().getByteOffset();
                table.add(base + at.getByteOffset(), base + end, at.getLineNr(), ordinal++);
                progress.at(base + end);
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                findings.add(Rule.JSON_MALFORMED.finding(file.atLine(at.getLineNr()),
                        "content after the end of the JSON list at column " + at.getColumnNr()
                                + " was ignored; the " + table.size() + " records of the list were kept"));
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? -1 : at.getLineNr();
            Location where = line > 0 ? file.atLine(line) : file;
            findings.add(Rule.JSON_MALFORMED.finding(where, "JSON syntax error"
                    + (at == null ? "" : " at line " + line + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage() + ". Reading stopped here: the " + table.size()
                    + " records before it were kept, the rest of the file was not loaded"));
        }
    }
}
