package io.pixelstudio.trace.validate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where a finding points: file, line (1-based), trace id, turn (0-based index into the trace's
 * turns) and field (a JSON-pointer-like path such as {@code message_list[2].content[0].text}).
 * Every part but the file is optional.
 */
public record Location(Path file, OptionalLong line, Optional<String> traceId, OptionalInt turn,
                       Optional<String> field) {

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(field, "field");
    }

    public static Location ofFile(Path file) {
        return new Location(file, OptionalLong.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    public Location atLine(long lineNumber) {
        return new Location(file, OptionalLong.of(lineNumber), traceId, turn, field);
    }

    public Location inTrace(String id) {
        return new Location(file, line, Optional.of(id), turn, field);
    }

    public Location atTurn(int turnIndex) {
        return new Location(file, line, traceId, OptionalInt.of(turnIndex), field);
    }

    public Location atField(String fieldPath) {
        return new Location(file, line, traceId, turn, Optional.of(fieldPath));
    }

    /** {@code file:line [trace id] turn N field} with the absent parts left out. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file.toString());
        line.ifPresent(l -> sb.append(':').append(l));
        traceId.ifPresent(id -> sb.append(" trace ").append(id));
        turn.ifPresent(t -> sb.append(" turn ").append(t));
        field.ifPresent(f -> sb.append(" field ").append(f));
        return sb.toString();
    }
}
