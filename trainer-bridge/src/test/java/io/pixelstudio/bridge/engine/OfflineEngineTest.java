package io.pixelstudio.bridge.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineEngineTest {

    private static final String NATIVE_FOLDER = "pytorch/cpu/linux-x86_64/";
    private static final String JNI_FOLDER = "jnilib/linux-x86_64/cpu/";
    /** The tokenizers jar's natives, extracted into the same cache when a tokenizer test ran first. */
    private static final String TOKENIZERS_FOLDER = "native/lib/linux-x86_64/cpu/";

    @Test
    void theEngineLoadsFromTheMavenNativesWithoutTouchingTheNetwork() throws IOException {
        List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new RecordingSelector(attempts));
        try {
            DjlRuntime runtime = TestEngines.runtime();
            try (NDManager manager = runtime.newManager()) {
                NDArray a = manager.create(new float[] {1, 2, 3});
                assertThat(a.mul(2).sum().getFloat()).isEqualTo(12f);
            }
            assertThat(System.getProperty(DjlRuntime.OFFLINE_PROPERTY)).isEqualTo("true");
            assertThat(runtime.engine().getEngineName()).isEqualTo("PyTorch");
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertThat(attempts).as("connections DJL tried to open").isEmpty();
    }

    @Test
    void theCacheHoldsOnlyLibrariesExtractedFromTheJars() throws IOException {
        TestEngines.runtime().newManager().close();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestEngines.CACHE)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        String djlVersion = ai.djl.engine.Engine.getDjlVersion();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("^" + java.util.regex.Pattern.quote(djlVersion) + "-", "");
            boolean inJar = getClass().getClassLoader().getResource(NATIVE_FOLDER + name) != null
                    || getClass().getClassLoader().getResource(JNI_FOLDER + name) != null
                    || getClass().getClassLoader().getResource(TOKENIZERS_FOLDER + name) != null;
            assertThat(inJar).as("%s comes from a jar on the class path", file).isTrue();
        }
    }

    /** Records every connection Java's URL machinery is about to open, and allows none. */
    private static final class RecordingSelector extends ProxySelector {
        private final List<URI> attempts;

        RecordingSelector(List<URI> attempts) {
            this.attempts = attempts;
        }

        @Override
        public List<Proxy> select(URI uri) {
            attempts.add(uri);
            throw new IllegalStateException("network access during an offline engine run: " + uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            attempts.add(uri);
        }
    }
}
