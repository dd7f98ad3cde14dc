package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

import java.nio.file.Path;

/** The findings importers report, with stable rule ids so tests and filters can rely on them. */
final class ImportFindings {

    /** A line that is not JSON. */
    static final String BAD_JSON = "import.json";
    /** A record that is JSON but lacks a field or has one of the wrong kind. */
    static final String BAD_RECORD = "import.record";
    /** A record whose benchmark cannot be told. */
    static final String UNKNOWN_BENCHMARK = "import.benchmark";
    /** A side file (metrics, dump, results) that is missing or unreadable; the predictions still load. */
    static final String SIDE_FILE = "import.side-file";
    /** A file the source refers to that is not on this machine. */
    static final String MISSING_MEDIA = "import.missing-media";

    private ImportFindings() {
    }

    static Finding atLine(Severity severity, String rule, Path file, long line, String field, String message) {
        Location location = Location.ofFile(file).atLine(line);
        if (!field.isEmpty()) {
            location = location.atField(field);
        }
        return new Finding(severity, rule, location, message);
    }

    static Finding inFile(Severity severity, String rule, Path file, String message) {
        return new Finding(severity, rule, Location.ofFile(file), message);
    }
}
