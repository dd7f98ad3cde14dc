package io.pixelstudio.app.launch;

import io.pixelstudio.app.testing.SampleData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the jpackage recipes in {@code installers/} in step with the code: every file an option
 * file names exists, and each OS registers the extension and MIME type {@link ProjectLink} reads.
 */
class InstallerRecipesTest {

    private static final Pattern INSTALLERS_PATH = Pattern.compile("installers/[\\w./-]+");
    private final Path root = SampleData.checkout();

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyFileAnOptionFileNamesExists(String os) throws IOException {
        List<Path> optionFiles;
        try (var files = Files.list(root.resolve("installers").resolve(os))) {
            optionFiles = files.filter(f -> f.toString().endsWith(".args") || f.toString().endsWith(".properties")).toList();
        }
        assertThat(optionFiles).isNotEmpty();
        for (Path optionFile : optionFiles) {
            Matcher named = INSTALLERS_PATH.matcher(Files.readString(optionFile));
            while (named.find()) {
                assertThat(root.resolve(named.group())).as("%s names %s", optionFile, named.group()).exists();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theFileAssociationIsTheProjectLinkType(String os) throws IOException {
        Properties association = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("installers").resolve(os).resolve("pxstudio.properties"))) {
            association.load(reader);
        }
        assertThat(association.getProperty("extension")).isEqualTo(ProjectLink.EXTENSION);
        assertThat(association.getProperty("mime-type")).isEqualTo(ProjectLink.MIME_TYPE);
    }
}
