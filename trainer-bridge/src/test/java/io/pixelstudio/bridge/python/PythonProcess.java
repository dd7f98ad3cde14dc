package io.pixelstudio.bridge.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the runner's Python as a real process, as the studio does: {@code PYTHONPATH} set to the
 * runner's folder, output to files (no pipe can fill up). The interpreter is {@code python3} unless
 * {@code PIXELSTUDIO_PYTHON} names another (e.g. Debian's {@code /usr/bin/python3} with Pillow).
 */
final class PythonProcess {

    /** The runner's source folder ({@code trainer-bridge/python}); Maven runs tests in the module folder. */
    static final Path ROOT = Path.of("python").toAbsolutePath();

    /** Exit code and both output streams of one run. */
    record Result(int exitCode, String stdout, String stderr) {
        String both() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private PythonProcess() {
    }

    static String interpreter() {
        String chosen = System.getenv("PIXELSTUDIO_PYTHON");
        return chosen == null || chosen.isBlank() ? "python3" : chosen;
    }

    static Result run(Path workFolder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(interpreter());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workFolder, "py", ".out");
        Path err = Files.createTempFile(workFolder, "py", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PYTHONPATH", ROOT.toString());
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("python did not finish in 300 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
