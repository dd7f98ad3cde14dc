package io.pixelstudio.trace.format.project;

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

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void firstSaveCreatesTheFileWithoutBackup() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicSave.write(target, out -> out.write(bytes("v1")));
        assertThat(Files.readString(target)).isEqualTo("v1");
        assertThat(AtomicSave.backupOf(target)).doesNotExist();
    }

    @Test
    void secondSaveKeepsThePreviousVersionAsBak() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicSave.write(target, out -> out.write(bytes("v1")));
        AtomicSave.write(target, out -> out.write(bytes("v2")));
        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(Files.readString(dir.resolve("traces.jsonl.bak"))).isEqualTo("v1");
    }

    @Test
    void failureMidwayLeavesOldFileAndBakIntactAndNoTempFiles() throws IOException {
        Path target = dir.resolve("traces.jsonl");
        AtomicSave.write(target, out -> out.write(bytes("v1")));
        AtomicSave.write(target, out -> out.write(bytes("v2")));

        assertThatThrownBy(() -> AtomicSave.write(target, out -> {
            out.write(bytes("v3 half written ".repeat(10_000)));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(Files.readString(AtomicSave.backupOf(target))).isEqualTo("v1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("traces.jsonl", "traces.jsonl.bak");
        }
    }

    @Test
    void runtimeFailureIsAlsoCleanedUp() throws IOException {
        Path target = dir.resolve("project.json");
        AtomicSave.write(target, out -> out.write(bytes("{}")));
        assertThatThrownBy(() -> AtomicSave.write(target, out -> {
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
        AtomicSave.write(target, out -> out.write(bytes("old")));
        AtomicSave.write(target, out -> out.write(bytes("new")));
        AtomicSave.write(target, out -> out.write(bytes("newer")));
        assertThat(Files.readString(target)).isEqualTo("newer");
        assertThat(Files.readString(AtomicSave.backupOf(target))).isEqualTo("new");
    }

    @Test
    void copyNewRefusesToOverwrite() throws IOException {
        Path source = Files.writeString(dir.resolve("src.png"), "pixels");
        Path target = Files.writeString(dir.resolve("dst.png"), "other");
        assertThatThrownBy(() -> AtomicSave.copyNew(source, target)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("other");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
