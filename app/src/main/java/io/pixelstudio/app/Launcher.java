package io.pixelstudio.app;

import io.pixelstudio.app.cli.PixelStudioCli;
import io.pixelstudio.app.launch.LaunchArguments;
import io.pixelstudio.app.launch.LaunchException;
import io.pixelstudio.app.studio.StudioApplication;

/**
 * The jar's and the installed launcher's entry point: with no arguments the studio (on the last
 * opened file, or the bundled sample on first start), {@code studio [FILE]} or a lone
 * {@code LINK.pxstudio} the studio on that file, anything else the command line (see
 * {@link LaunchArguments}). It is not the JavaFX {@code Application} itself because JavaFX refuses
 * to start an Application main class from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchArguments launch;
        try {
            launch = LaunchArguments.parse(args);
        } catch (LaunchException e) {
            System.err.println("pixelstudio: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (launch.studio()) {
            StudioApplication.launchOn(launch.file());
            return;
        }
        System.exit(PixelStudioCli.run(launch.cliArgs().toArray(String[]::new), System.out, System.err));
    }
}
