package io.pixelstudio.app.launch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FirstWindowReportTest {

    @Test
    void theLineCountsMillisecondsFromProcessStart() {
        Instant start = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(FirstWindowReport.line(Optional.of(start), start.plusMillis(1834), Optional.of(Duration.ofMillis(2950))))
                .isEqualTo("main window shown in 1834 ms (CPU 2950 ms)");
    }

    @Test
    void anUnknownProcessStartStillReportsTheWindow() {
        assertThat(FirstWindowReport.line(Optional.empty(), Instant.now(), Optional.empty()))
                .isEqualTo(FirstWindowReport.PREFIX + "? ms (process start unknown)");
    }
}
