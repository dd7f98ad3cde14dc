package io.pixelstudio.bridge.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short scheduler command ({@code sbatch}, {@code ray job submit}) and returns what it printed. */
final class CommandRunner {

    private static final long TIMEOUT_SECONDS = 120;

    private CommandRunner() {
    }

    static String run(List<String> argv, Path folder) throws SubmitException {
        Process process;
        try {
            process = new ProcessBuilder(argv).directory(folder.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new SubmitException("cannot run " + argv.get(0) + " (is it installed and on PATH?): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SubmitException(argv.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new SubmitException(argv.get(0) + " failed (exit " + process.exitValue() + "): " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new SubmitException("reading " + argv.get(0) + "'s answer failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SubmitException(argv.get(0) + " interrupted", e);
        }
    }
}
