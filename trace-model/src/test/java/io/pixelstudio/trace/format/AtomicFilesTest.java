package io.pixelstudio.trace.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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

    @Test
    void firstSaveCreatesTheFileWithoutBackup() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicFiles.write(target, out -> out.write(bytes("v1")));
        assertThat(Files.readString(target)).isEqualTo("v1");
        assertThat(AtomicFiles.backupOf(target)).doesNotExist();
    }

    @Test
    void secondSaveKeepsThePreviousVersionAsBak() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicFiles.write(target, out -> out.write(bytes("v1")));
        AtomicFiles.write(target, out -> out.write(bytes("v2")));
        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(Files.readString(dir.resolve("traces.jsonl.bak"))).isEqualTo("v1");
    }

    @Test
    void failureMidwayLeavesOldFileAndBakIntactAndNoTempFiles() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicFiles.write(target, out -> out.write(bytes("v1")));
        AtomicFiles.write(target, out -> out.write(bytes("v2")));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(bytes("v3 half written ".repeat(10_000)));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(Files.readString(AtomicFiles.backupOf(target))).isEqualTo("v1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("traces.jsonl", "traces.jsonl.bak");
        }
    }

    @Test
    void runtimeFailureIsAlsoCleanedUp() throws IOException {
        Path target = dir.resolve("project.json");
        AtomicFiles.write(target, out -> out.write(bytes("{}")));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new IllegalStateException("encoder bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("{}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void bakIsAnIndependentCopyOfTheOldVersion() throws IOException {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, out -> out.write(bytes("old")));
        AtomicFiles.write(target, out -> out.write(bytes("new")));
        AtomicFiles.write(target, out -> out.write(bytes("newer")));
        assertThat(Files.readString(target)).isEqualTo("newer");
        assertThat(Files.readString(AtomicFiles.backupOf(target))).isEqualTo("new");
    }

    @Test
    void copyNewRefusesToOverwrite() throws IOException {
        Path source = Files.writeString(dir.resolve("src.png"), "pixels");
        Path target = Files.writeString(dir.resolve("dst.png"), "other");
        assertThatThrownBy(() -> AtomicFiles.copyNew(source, target)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("other");
    }

    @Test
    void copyNewPlacesACopyOfTheSource() throws IOException {
        Path source = Files.writeString(dir.resolve("src.png"), "pixels");
        Path target = dir.resolve("media/dst.png");
        AtomicFiles.copyNew(source, target);
        assertThat(Files.readString(target)).isEqualTo("pixels");
        assertThat(names(target.getParent())).containsExactly("dst.png");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
