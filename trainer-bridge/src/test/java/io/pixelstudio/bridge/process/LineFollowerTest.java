package io.pixelstudio.bridge.process;

import io.pixelstudio.bridge.testing.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LineFollowerTest {

    @Test
    void aLineIsDeliveredOnlyOnceItsLineBreakIsWrittenAndTheRemainderOnDrain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.log");
        List<String> lines = new CopyOnWriteArrayList<>();
        LineFollower follower = LineFollower.start(file, (line, number) -> lines.add(number + ":" + line), "test");

        append(file, "first\r\nsec");
        Waits.until("the first line", Duration.ofSeconds(5), () -> lines.size() == 1);
        append(file, "ond\nthi");
        Waits.until("the second line", Duration.ofSeconds(5), () -> lines.size() == 2);
        assertThat(lines).containsExactly("1:first", "2:second");

        follower.drainAndStop();
        assertThat(lines).containsExactly("1:first", "2:second", "3:thi");
        assertThat(follower.lines()).isEqualTo(3);
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
