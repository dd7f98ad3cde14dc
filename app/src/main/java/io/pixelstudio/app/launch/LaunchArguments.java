package io.pixelstudio.app.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the launcher was asked to do: open the studio (on a given file, or on whatever
 * {@link StartupChoice} picks when none is given) or run the command line. Desktop file
 * associations start the launcher with the double-clicked file as its only argument, so a lone
 * {@code .pxstudio} argument opens the studio too.
 *
 * @param studio  true for the studio, false for the command line
 * @param file    the file the studio opens (a project link already resolved to its folder); empty
 *                when the studio chooses
 * @param cliArgs the command line's arguments (empty for the studio)
 */
public record LaunchArguments(boolean studio, Optional<Path> file, List<String> cliArgs) {

    /** The first argument that opens the studio. */
    public static final String STUDIO_COMMAND = "studio";
    /** The usage line printed for a malformed studio command. */
    public static final String STUDIO_USAGE = "usage: pixelstudio studio [FILE | PROJECT-FOLDER | LINK.pxstudio]";

    public LaunchArguments {
        Objects.requireNonNull(file, "file");
        cliArgs = List.copyOf(cliArgs);
    }

    /**
     * Reads the launcher's arguments.
     *
     * @throws LaunchException for {@code studio} with more than one file, or a bad project link
     */
    public static LaunchArguments parse(String... args) {
        Objects.requireNonNull(args, "args");
        if (args.length == 0) {
            return studioOn(Optional.empty());
        }
        if (args.length == 1 && !args[0].startsWith("-") && ProjectLink.isLink(Path.of(args[0]))) {
            return studioOn(Optional.of(Path.of(args[0])));
        }
        if (!args[0].equals(STUDIO_COMMAND)) {
            return new LaunchArguments(false, Optional.empty(), Arrays.asList(args));
        }
        if (args.length > 2) {
            throw new LaunchException(STUDIO_USAGE);
        }
        return studioOn(args.length == 2 ? Optional.of(Path.of(args[1])) : Optional.empty());
    }

    private static LaunchArguments studioOn(Optional<Path> file) {
        Optional<Path> target = file.map(f -> ProjectLink.isLink(f) ? ProjectLink.resolve(f) : f)
                .map(Path::toAbsolutePath);
        return new LaunchArguments(true, target, List.of());
    }
}
