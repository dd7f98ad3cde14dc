package io.pixelstudio.trace.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceFileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SimpleTestFormat format = new SimpleTestFormat();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String record(String id, String text) {
        return "{\"id\":\"" + id + "\",\"turns\":[{\"role\":\"user\",\"text\":\"" + text + "\"}]}";
    }

    @Test
    void jsonLinesWithBlankLinesAndWindowsEndingsIndexesEveryRecordWithItsLine() throws Exception {
        Path file = write("a.jsonl", record("a", "one") + "\r\n\r\n   \r\n" + record("b", "two") + "\r\n"
                + record("c", "three") + "\r\n\r\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.layout()).isEqualTo(JsonRecordLayout.LINES);
            assertThat(traces.size()).isEqualTo(3);
            assertThat(List.of(traces.lineOf(0), traces.lineOf(1), traces.lineOf(2))).containsExactly(1L, 4L, 5L);
            assertThat(traces.get(1).id()).isEqualTo("b");
            assertThat(traces.get(2).turns().get(0).text()).isEqualTo("three");
            assertThat(traces.indexFindings()).isEmpty();
        }
    }

    @Test
    void prettyPrintedListIndexesRecordsAtTheLineTheyStartOn() throws Exception {
        String pretty = "[\n"
                + "  {\n"
                + "    \"id\": \"r0\",\n"
                + "    \"turns\": [ { \"role\": \"user\", \"text\": \"a\" } ]\n"
                + "  },\n"
                + "  { \"id\": \"r1\",\n"
                + "    \"turns\": []\n"
                + "  }, {\n"
                + "    \"id\": \"r2\", \"turns\": []\n"
                + "  }\n"
                + "]\n";
        Path file = write("a.json", pretty);
        JsonNode full = MAPPER.readTree(pretty);
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.layout()).isEqualTo(JsonRecordLayout.LIST);
            assertThat(traces.size()).isEqualTo(3);
            assertThat(List.of(traces.lineOf(0), traces.lineOf(1), traces.lineOf(2))).containsExactly(2L, 6L, 8L);
            for (int i = 0; i < 3; i++) {
                assertThat(traces.rawRecord(i)).isEqualTo(full.get(i));
            }
            assertThat(new String(traces.rawBytes(1), StandardCharsets.UTF_8))
                    .isEqualTo("{ \"id\": \"r1\",\n    \"turns\": []\n  }");
        }
    }

    @Test
    void listWithWindowsLineEndingsCountsEachCrLfAsOneLine() throws Exception {
        Path file = write("crlf.json", "[\r\n" + record("a", "x") + ",\r\n\r\n" + record("b", "y") + "\r\n]\r\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(2);
            assertThat(traces.lineOf(0)).isEqualTo(2);
            assertThat(traces.lineOf(1)).isEqualTo(4);
            assertThat(traces.get(1).id()).isEqualTo("b");
        }
    }

    @Test
    void malformedLineInTheMiddleOfJsonLinesIsReportedAndTheOthersLoad() throws Exception {
        Path file = write("m.jsonl", record("a", "1") + "\n" + record("b", "2") + "\n"
                + "{\"id\": \"broken\", \"turns\": [\n" + record("d", "4") + "\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(3);
            assertThat(traces.get(2).id()).isEqualTo("d");
            assertThat(traces.lineOf(2)).isEqualTo(4);
            assertThat(traces.indexFindings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("json.malformed");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().line()).isEqualTo(OptionalLong.of(3));
                assertThat(f.location().file()).isEqualTo(file);
                assertThat(f.message()).contains("line 3").contains("end-of-input");
            });
            ReadResult all = traces.readAll(ProgressListener.NONE);
            assertThat(all.traces()).extracting(Trace::id).containsExactly("a", "b", "d");
            assertThat(all.findings()).extracting(Finding::rule).containsExactly("json.malformed");
        }
    }

    @Test
    void recordsWithoutIdKeepTheirFilePositionWhenAnEarlierLineIsMalformed() throws Exception {
        Path file = write("pos.jsonl", "{\"turns\":[]}\nnot json\n{\"turns\":[]}\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.get(1).id()).isEqualTo("pos.jsonl#2");
        }
    }

    @Test
    void jsonLinesLineWithTwoValuesIsRejectedWithItsColumn() throws Exception {
        Path file = write("two.jsonl", record("a", "1") + "\n" + "{} {}\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(1);
            assertThat(traces.indexFindings()).singleElement().satisfies(f -> {
                assertThat(f.location().line()).isEqualTo(OptionalLong.of(2));
                assertThat(f.message()).contains("more than one JSON value").contains("column 4");
            });
        }
    }

    @Test
    void syntaxErrorColumnIsCountedFromTheStartOfTheLine() throws Exception {
        Path file = write("col.jsonl", "   {\"a\": tru}\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.indexFindings()).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("line 1, column 1"));
        }
    }

    @Test
    void truncatedListKeepsTheRecordsBeforeTheBreakAndSaysWhere() throws Exception {
        String full = "[\n" + record("a", "1") + ",\n" + record("b", "2") + ",\n" + record("c", "3") + "\n]";
        Path file = write("t.json", full.substring(0, full.indexOf("\"c\"") + 8));
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(2);
            assertThat(traces.get(1).id()).isEqualTo("b");
            assertThat(traces.indexFindings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("json.malformed");
                assertThat(f.location().line()).isEqualTo(OptionalLong.of(4));
                assertThat(f.message()).contains("line 4, column").contains("2 records before it were kept");
            });
        }
    }

    @Test
    void syntaxErrorInTheMiddleOfAListStopsThereAndReportsLineAndColumn() throws Exception {
        Path file = write("s.json", "[\n" + record("a", "1") + ",\n  {\"id\": \"b\" \"turns\": []},\n" + record("c", "3") + "\n]");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(1);
            assertThat(traces.indexFindings()).singleElement().satisfies(f -> {
                assertThat(f.location().line()).isEqualTo(OptionalLong.of(3));
                assertThat(f.message()).contains("line 3, column 14").contains("1 records before it were kept");
            });
        }
    }

    @Test
    void contentAfterTheListIsReported() throws Exception {
        Path file = write("after.json", "[" + record("a", "1") + "]\n{}\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isEqualTo(1);
            assertThat(traces.indexFindings()).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("after the end of the JSON list"));
        }
    }

    @Test
    void multiByteCharactersAndByteOrderMarkKeepByteOffsetsRight() throws Exception {
        String text = "Zoom 🔍 on the sign «Woolshops» — 羊, ñ, \\u00e9";
        String list = "\uFEFF[" + record("é1", text) + ",\n" + record("🐑", "b " + text) + "]";
        Path file = write("u.json", list);
        String lines = "\uFEFF" + record("é1", text) + "\n" + record("🐑", "b " + text) + "\n";
        Path jsonl = write("u.jsonl", lines);
        for (Path path : List.of(file, jsonl)) {
            try (TraceFile traces = TraceFile.open(path, format, ProgressListener.NONE)) {
                assertThat(traces.size()).isEqualTo(2);
                assertThat(traces.get(0).id()).isEqualTo("é1");
                assertThat(traces.get(1).id()).isEqualTo("🐑");
                assertThat(traces.get(1).turns().get(0).text()).isEqualTo("b Zoom 🔍 on the sign «Woolshops» — 羊, ñ, é");
                assertThat(traces.lineOf(1)).isEqualTo(2);
                assertThat(traces.offsetOf(0)).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void randomAccessReturnsTheSameJsonAsAFullParseInBothLayouts() throws Exception {
        Random random = new Random(42);
        ArrayNode list = MAPPER.createArrayNode();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            ObjectNode node = MAPPER.createObjectNode().put("id", "r" + i).put("text", randomText(random));
            node.putArray("turns").addObject().put("role", "assistant").put("text", randomText(random));
            node.put("n", random.nextDouble());
            list.add(node);
            jsonl.append(MAPPER.writeValueAsString(node)).append(random.nextBoolean() ? "\n" : "\r\n\n");
        }
        Path listFile = write("big.json", MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        Path linesFile = write("big.jsonl", jsonl.toString());
        JsonNode full = MAPPER.readTree(listFile.toFile());
        for (Path path : List.of(listFile, linesFile)) {
            try (TraceFile traces = TraceFile.open(path, format, ProgressListener.NONE)) {
                assertThat(traces.size()).isEqualTo(300);
                for (int k = 0; k < 500; k++) {
                    int i = random.nextInt(300);
                    assertThat(traces.rawRecord(i)).isEqualTo(full.get(i));
                }
            }
        }
    }

    private static String randomText(Random random) {
        int[] pool = {'a', 'Z', ' ', '"', '\\', '\n', '{', ']', 0xe9, 0x7f8a, 0x1F50D, '\t', ','};
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    @Test
    void decodeFailureIsLocatedByFileLineTraceIdAndField() throws Exception {
        Path file = write("bad.jsonl", record("a", "1") + "\n\n{\"id\":\"x7\",\"turns\":[{\"role\":\"robot\"}]}\n"
                + "{\"id\":\"y\"}\n" + record("c", "3") + "\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThatThrownBy(() -> traces.get(1))
                    .isInstanceOf(LocatedFormatException.class)
                    .hasMessageStartingWith(file + ":3 trace x7 field turns[0].role: unknown role 'robot'");
            ReadResult all = traces.readAll(ProgressListener.NONE);
            assertThat(all.traces()).extracting(Trace::id).containsExactly("a", "c");
            assertThat(all.findings()).hasSize(2).allSatisfy(f -> assertThat(f.rule()).isEqualTo("record.format"));
            Finding second = all.findings().get(1);
            assertThat(second.location().line()).isEqualTo(OptionalLong.of(4));
            assertThat(second.location().traceId()).contains("y");
            assertThat(second.location().field()).contains("turns");
            assertThat(second.message()).contains("missing list 'turns'");
        }
    }

    @Test
    void getThrowsAFormatExceptionSubtypeSoCallersOfTheFixedSignatureCanCatchIt() throws Exception {
        Path file = write("one.jsonl", "[1]\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThatThrownBy(() -> traces.get(0)).isInstanceOf(FormatException.class)
                    .satisfies(e -> assertThat(((LocatedFormatException) e).location().line()).hasValue(1));
        }
    }

    @Test
    void progressReachesTheFileSizeAndCancelStopsIndexing() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        String padding = "x".repeat(1000);
        for (int i = 0; i < 12_000; i++) {
            sb.append(i == 0 ? "" : ",").append(record("r" + i, padding));
        }
        Path file = write("p.json", sb.append("]").toString());
        List<Long> seen = new ArrayList<>();
        ProgressListener recording = new ProgressListener() {
            @Override
            public void progress(long done) {
                seen.add(done);
            }
        };
        try (TraceFile traces = TraceFile.open(file, format, recording)) {
            assertThat(traces.size()).isEqualTo(12_000);
        }
        assertThat(seen).isSorted().hasSizeGreaterThan(1);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(Files.size(file));

        ProgressListener cancelling = new ProgressListener() {
            private long last;

            @Override
            public void progress(long done) {
                last = done;
            }

            @Override
            public boolean isCancelled() {
                return last > 0;
            }
        };
        assertThatThrownBy(() -> TraceFile.open(file, format, cancelling)).isInstanceOf(CancellationException.class);
    }

    @Test
    void emptyFileHasNoRecordsAndNoFindings() throws Exception {
        Path file = write("empty.jsonl", "\n\n");
        try (TraceFile traces = TraceFile.open(file, format, ProgressListener.NONE)) {
            assertThat(traces.size()).isZero();
            assertThat(traces.indexFindings()).isEmpty();
        }
    }

    @Test
    void formatReadStreamsThroughTheIndex() throws Exception {
        Path file = write("r.json", "[" + record("a", "1") + "," + record("b", "2") + "]");
        ReadResult result = format.read(file, ProgressListener.NONE);
        assertThat(result.traces()).extracting(Trace::id).containsExactly("a", "b");
    }
}
