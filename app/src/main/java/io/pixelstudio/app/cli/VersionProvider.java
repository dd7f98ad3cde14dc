package io.pixelstudio.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PixelStudioCli.class.getPackage().getImplementationVersion();
        return new String[] {"pixelstudio " + (version == null ? "development" : version)};
    }
}
