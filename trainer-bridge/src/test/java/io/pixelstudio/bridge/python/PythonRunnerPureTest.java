package io.pixelstudio.bridge.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Python runner's own unit tests (reward, ops, collate, data, spec, events, CLI) pass under {@code python3}. */
class PythonRunnerPureTest {

    @Test
    void pythonUnitTestsPass(@TempDir Path temp) throws Exception {
        PythonProcess.Result result = PythonProcess.run(temp, "-m", "unittest", "discover", "-s", "tests", "-t", ".");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.stderr()).as(result.both()).containsPattern("Ran \\d+ tests").contains("OK");
    }
}
