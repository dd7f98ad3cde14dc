package io.pixelstudio.app.studio;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled sample project that the studio opens when started without a file. Looked for
 * under the {@code pixelstudio.home} system property (set by {@code bin/pixelstudio} to the
 * checkout, and by the installed launcher to its {@code $APPDIR}), then beside the jar (the
 * installed layout: {@code $APPDIR/pixelstudio.jar} and {@code $APPDIR/assets}), then two folders
 * above it (a checkout: {@code app/target/pixelstudio.jar} → {@code ../../assets}).
 */
public final class SampleLocator {

    /** The system property naming the checkout or installation folder. */
    public static final String HOME_PROPERTY = "pixelstudio.home";
    /** The sample project, relative to the home folder. */
    public static final Path SAMPLE_PROJECT = Path.of("assets", "sample", "project");

    private final String home;
    private final Path codeLocation;

    /**
     * @param home         the {@value #HOME_PROPERTY} value, or null
     * @param codeLocation the jar or classes folder the studio runs from, or null
     */
    public SampleLocator(String home, Path codeLocation) {
        this.home = home;
        this.codeLocation = codeLocation;
    }

    /** A locator for this process (system property, then folders around this class's jar). */
    public static SampleLocator forThisProcess() {
        return new SampleLocator(System.getProperty(HOME_PROPERTY), codeLocationOf(SampleLocator.class));
    }

    /** The folders searched, in order (for the error message). */
    public List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home).resolve(SAMPLE_PROJECT));
        }
        if (codeLocation != null) {
            Path folder = codeLocation.toAbsolutePath().getParent();
            if (folder != null) {
                candidates.add(folder.resolve(SAMPLE_PROJECT));
            }
            if (folder != null && folder.getParent() != null && folder.getParent().getParent() != null) {
                candidates.add(folder.getParent().getParent().resolve(SAMPLE_PROJECT));
            }
        }
        return candidates;
    }

    /** The sample project folder, if found. */
    public Optional<Path> find() {
        return candidates().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> Files.isRegularFile(p.resolve("project.json")))
                .findFirst();
    }

    /**
     * The sample project folder.
     *
     * @throws IllegalStateException naming the folders searched when none holds it
     */
    public Path require() {
        return find().orElseThrow(() -> new IllegalStateException("the bundled sample project was not found (looked in "
                + candidates() + "); run bin/pixelstudio from a checkout, set -D" + HOME_PROPERTY
                + "=<checkout>, or name a file: pixelstudio studio FILE"));
    }

    private static Path codeLocationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
