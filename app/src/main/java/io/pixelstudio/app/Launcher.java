package io.pixelstudio.app;

import io.pixelstudio.app.cli.PixelStudioCli;
import io.pixelstudio.app.studio.SampleLocator;
import io.pixelstudio.app.studio.StudioApplication;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The jar's entry point: with no arguments the studio on the bundled sample, {@code studio [FILE]}
 * the studio on FILE, anything else the command line. It is not the JavaFX {@code Application}
 * itself because JavaFX refuses to start an Application main class from the class path.
 */
public final class Launcher {

    /** The first argument that opens the studio. */
    public static final String STUDIO_COMMAND = "studio";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals(STUDIO_COMMAND)) {
            if (args.length > 2) {
                System.err.println("usage: pixelstudio studio [FILE]");
                System.exit(2);
            }
            Path file;
            try {
                file = args.length == 2 ? Path.of(args[1]) : SampleLocator.forThisProcess().require();
            } catch (IllegalStateException e) {
                System.err.println("pixelstudio: " + e.getMessage());
                System.exit(2);
                return;
            }
            StudioApplication.launchOn(file.toAbsolutePath());
            return;
        }
        System.exit(PixelStudioCli.run(Arrays.copyOf(args, args.length), System.out, System.err));
    }
}
