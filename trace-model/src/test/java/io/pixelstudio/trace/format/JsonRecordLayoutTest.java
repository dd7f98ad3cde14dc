package io.pixelstudio.trace.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordLayoutTest {

    @TempDir
    Path dir;

    private static Optional<JsonRecordLayout> head(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonRecordLayout.fromHead(bytes, bytes.length);
    }

    @Test
    void firstNonBlankByteAfterTheByteOrderMarkDecides() {
        assertThat(head(" \r\n\t[{}]")).contains(JsonRecordLayout.LIST);
        assertThat(head("\uFEFF\n{\"a\":1}\n")).contains(JsonRecordLayout.LINES);
        assertThat(head("\uFEFF  [")).contains(JsonRecordLayout.LIST);
    }

    @Test
    void anythingElseOrNothingIsNoRecordFile() {
        assertThat(head("")).isEmpty();
        assertThat(head("  \n ")).isEmpty();
        assertThat(head("hello")).isEmpty();
        assertThat(head("\f{}")).as("form feed is not JSON whitespace").isEmpty();
        assertThat(head(" \uFEFF{}")).as("a byte-order mark only counts at the start").isEmpty();
    }

    @Test
    void onlyTheGivenLengthIsRead() {
        byte[] bytes = "   {".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonRecordLayout.fromHead(bytes, 3)).isEmpty();
        assertThat(JsonRecordLayout.fromHead(bytes, 4)).contains(JsonRecordLayout.LINES);
    }

    @Test
    void byteOrderMarkLengthIsThreeOnlyForAUtf8Mark() {
        byte[] bom = "\uFEFF[".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonRecordLayout.bomLength(bom, bom.length)).isEqualTo(3);
        assertThat(JsonRecordLayout.bomLength(bom, 2)).isZero();
        assertThat(JsonRecordLayout.bomLength("[]".getBytes(StandardCharsets.UTF_8), 2)).isZero();
    }

    @Test
    void detectNeedsAJsonNameAndARecordStart() throws IOException {
        Path list = Files.writeString(dir.resolve("a.JSON"), "\uFEFF[]");
        Path text = Files.writeString(dir.resolve("a.txt"), "[]");
        Path notJson = Files.writeString(dir.resolve("b.jsonl"), "# comment\n{}");

        assertThat(JsonRecordLayout.detect(list)).contains(JsonRecordLayout.LIST);
        assertThat(JsonRecordLayout.detect(text)).isEmpty();
        assertThat(JsonRecordLayout.detect(notJson)).isEmpty();
        assertThat(JsonRecordLayout.detect(dir)).isEmpty();
        assertThat(JsonRecordLayout.detect(dir.resolve("missing.json"))).isEmpty();
    }
}
