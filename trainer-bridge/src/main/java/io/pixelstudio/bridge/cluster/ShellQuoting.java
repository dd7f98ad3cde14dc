package io.pixelstudio.bridge.cluster;

import java.util.List;
import java.util.stream.Collectors;

/** POSIX shell quoting for generated scripts: every word single-quoted, so paths with spaces or $ survive. */
final class ShellQuoting {

    private ShellQuoting() {
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String command(List<String> argv) {
        return argv.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }
}
