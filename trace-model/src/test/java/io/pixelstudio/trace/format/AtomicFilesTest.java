package io.pixelstudio.trace.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileWithoutLeavingTemporaryFiles() throws IOException {
        Path target = dir.resolve("sub/data.json");

        AtomicFiles.write(target, out -> out.write("[]\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("[]\n");
        assertThat(names(target.getParent())).containsExactly("data.json");
    }

    @Test
    void replacingKeepsThePreviousContentAsBak() throws IOException {
        Path target = dir.resolve("data.json");
        Files.writeString(target, "old");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("data.json.bak"))).isEqualTo("old");
    }

    @Test
    void aFailingWriterLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("data.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("data.json");
    }

    @Test
    void aPathWriterThatCreatesNothingIsAnError() {
        assertThatThrownBy(() -> AtomicFiles.replace(dir.resolve("x.parquet"), temp -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("created no file");
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
