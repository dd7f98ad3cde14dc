package io.pixelstudio.bridge.testing;

import io.pixelstudio.bridge.process.LaunchCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Launch commands for {@code fake_trainer.py}, the protocol-speaking stand-in trainer in test resources. */
public final class FakeTrainer {

    private FakeTrainer() {
    }

    /** {@code python3 fake_trainer.py MODE ARGS…}, with the script copied into {@code folder}. */
    public static LaunchCommand command(Path folder, String mode, String... args) {
        Path script = folder.resolve("fake_trainer.py");
        try (InputStream in = FakeTrainer.class.getResourceAsStream("/io/pixelstudio/bridge/fake_trainer.py")) {
            Files.createDirectories(folder);
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> argv = new ArrayList<>(List.of("python3", script.toString(), mode));
        argv.addAll(List.of(args));
        return new LaunchCommand(argv, folder, Map.of("PYTHONUNBUFFERED", "1"));
    }
}
